package org.sendpmo.adapters.startcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts a Lambda function's handler from what its deployment jar carries, in a JVM of its own, with the
 * production configuration (PostgreSQL, the AWS launchers), and fails if it cannot start.
 *
 * <p>Why a JVM of its own: a module's tests run with its test-scope libraries on the class path (H2,
 * Netty's HTTP client, …), which can hide a bean or class the jar lacks; the api's jar once could not
 * start at all ({@code No bean of type BoardPackRenderer}) while every test passed. The class path here
 * is the module's classes and its runtime-scope dependencies, exactly what maven-shade-plugin packs into
 * {@code target/<module>-lambda.jar} ({@code target/lambda-classpath.txt}, written by
 * maven-dependency-plugin's build-classpath before the tests). The shaded jar itself is made only at
 * {@code package}, after the tests, so its merging of service files is not what runs here.
 *
 * <p>The database is a schema of its own on the PostgreSQL the other tests use (127.0.0.1:5432, or
 * {@code -Dsendpmo.test.postgres}), dropped afterwards; skipped, saying why, where none answers.
 */
public final class PackagedStart {

    private static final String SERVER = System.getProperty("sendpmo.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = "postgres";
    private static final long TIMEOUT_SECONDS = 300;
    /** StartHandler's INFO line in the functions' format (ProductLogging), so the jar's logging is set up. */
    private static final Pattern LOGGED_START = Pattern.compile(
            "(?m)^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\S*StartHandler - " + StartHandler.STARTED + ": ");

    private PackagedStart() {
    }

    /**
     * What infra gives every function (Functions.java), pointed at loopback: a storage endpoint nothing
     * listens on (no bucket is read at start) and made-up credentials.
     */
    public static Map<String, String> commonEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "org.postgresql.Driver");
        env.put("ASSURANCE_STORAGE_RAW_BUCKET", "start-raw");
        env.put("ASSURANCE_STORAGE_SITE_BUCKET", "start-site");
        env.put("ASSURANCE_STORAGE_REGION", "eu-west-2");
        env.put("AWS_REGION", "eu-west-2");
        env.put("AWS_ACCESS_KEY_ID", "start-check");
        env.put("AWS_SECRET_ACCESS_KEY", "start-check");
        return env;
    }

    /** What infra adds for a function that mails project leads (the api, the pack-builder). */
    public static Map<String, String> mailToLeadsEnvironment() {
        return Map.of(
                "ASSURANCE_COGNITO_USER_POOL_ID", "eu-west-2_startcheck",
                "ASSURANCE_SITE_PUBLIC_BASE_URL", "https://assurance.example.org",
                "ASSURANCE_MAIL_SENDER", "ses",
                "ASSURANCE_MAIL_FROM", "assurance@example.org",
                "ASSURANCE_MAIL_SES_REGION", "eu-west-2");
    }

    /**
     * Starts {@code handlerClass} as Lambda would, with {@code environment} added to the common one and
     * a fresh PostgreSQL schema as the database; fails with the child's output if it does not start, or
     * if it does not log its start in the functions' format.
     */
    public static void assertStarts(String handlerClass, Map<String, String> environment) throws Exception {
        String schema = "start_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createSchema(schema);
        Path mainDir = Files.createTempDirectory("start-check");
        try {
            copyMainClass(mainDir);
            ProcessBuilder process = new ProcessBuilder(command(mainDir, handlerClass)).redirectErrorStream(true);
            process.environment().putAll(commonEnvironment());
            process.environment().putAll(environment);
            process.environment().put("DATASOURCES_DEFAULT_URL", SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            process.environment().put("DATASOURCES_DEFAULT_USERNAME", USER);
            process.environment().put("DATASOURCES_DEFAULT_PASSWORD", "");
            Process child = process.start();
            String output;
            try (InputStream out = child.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the handler did not start within " + TIMEOUT_SECONDS + " s");
            assertEquals(0, child.exitValue(), handlerClass + " cannot start from what its jar carries:\n" + output);
            assertTrue(LOGGED_START.matcher(output).find(), handlerClass + " started but did not log as the functions log "
                    + "(ProductLogging: time, level, logger, message):\n" + output);
        } finally {
            dropSchema(schema);
            try (var files = Files.walk(mainDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> command(Path mainDir, String handlerClass) throws IOException {
        Path classpathFile = Path.of("target", "lambda-classpath.txt");
        assertTrue(Files.exists(classpathFile), classpathFile.toAbsolutePath() + " is missing: maven-dependency-plugin's "
                + "lambda-classpath execution writes it before the tests");
        String classpath = String.join(java.io.File.pathSeparator, mainDir.toString(), Path.of("target", "classes").toString(),
                Files.readString(classpathFile).trim());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classpath, StartHandler.class.getName(), handlerClass);
    }

    /** Only StartHandler, not the test classes folder, which would bring the tests' configuration along. */
    private static void copyMainClass(Path dir) throws IOException {
        String name = StartHandler.class.getName().replace('.', '/') + ".class";
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = StartHandler.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
    }

    private static void createSchema(String schema) {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("start check skipped: cannot create a schema on " + SERVER + " as " + USER + ": " + e.getMessage());
        }
    }

    private static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
