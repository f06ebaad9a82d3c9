package org.sendpmo.local;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendpmo.adapters.s3.LocalS3Server;

/**
 * The whole product on a laptop: an S3-compatible server as a child process on loopback, H2 on disk,
 * the api's routes behind one local HTTP server, ingest and pack-builder in-process, and demo data
 * loaded and built on first start.
 */
public final class LocalMain {

    static final String RAW_BUCKET = "send-assurance-raw";
    static final String SITE_BUCKET = "send-assurance-site";

    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (LocalRunStopped e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The local run; {@link LocalRunStopped} when it cannot go on, with what to do about it (main prints it). */
    static void run(String[] args) throws Exception {
        LocalOptions options;
        try {
            options = LocalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LocalOptions.USAGE);
            return;
        }
        long started = System.nanoTime();
        Path data = options.data().toAbsolutePath();
        Files.createDirectories(data);
        DemoLoadGuard demoLoad = new DemoLoadGuard(data);
        demoLoad.refuseUnfinished();
        LocalS3Server s3 = LocalS3Server.builder(data.resolve("s3"))
                .jarDirectory(ownJarDirectory())
                .credentials("local", "local-secret")
                .buckets(RAW_BUCKET, SITE_BUCKET)
                .logFile(data.resolve("s3proxy.log"))
                // the upload page's script PUTs files straight to the raw bucket, as it would to S3
                .corsOrigins("http://localhost:" + options.port(), "http://127\\.0\\.0\\.1:" + options.port())
                .start();
        Map<String, Object> properties = properties(data, s3, options.port());
        if (options.out().isPresent() || options.rebuildDb()) {
            try (s3; ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
                LocalCommands commands = context.getBean(LocalCommands.class);
                if (options.rebuildDb()) {
                    commands.rebuildDatabase();
                } else if (!options.empty()) {
                    demoLoad.load(commands::loadDemoIfEmpty);
                }
                if (options.out().isPresent()) {
                    commands.buildInto(options.out().get().toAbsolutePath(), options.cycle());
                }
            }
            return;
        }
        ApplicationContext context = Micronaut.build(args).banner(false).properties(properties).start();
        Runtime.getRuntime().addShutdownHook(new Thread(s3::close, "stop-s3"));
        LocalCommands commands = context.getBean(LocalCommands.class);
        if (options.empty()) {
            System.out.println("Started without demo data: set the programme up at /office/projects and /office/cycles");
        } else if (loadDemo(demoLoad, commands, context, s3)) {
            commands.buildAllPacks();
        }
        String base = "http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort();
        System.out.printf("%n%s is running (started in %.1f s). Data in %s%n", "SEND programme assurance",
                (System.nanoTime() - started) / 1e9, data);
        System.out.println("  Sign in:            " + base + "/sign-in  (demo users: office, lead, board, admin;"
                + " password <username>-demo, e.g. office-demo)");
        System.out.println("  My projects (lead): " + base + "/my-projects");
        System.out.println("  Return form:        " + base + "/returns/new");
        System.out.println("  Upload spreadsheet: " + base + "/uploads/new");
        System.out.println("  Programme office:   " + base + "/office");
        System.out.println("  Assurance packs:    " + base + "/pack/index.html");
        System.out.println("  Emails (chases, receipts, reminders): " + data.resolve("outbox") + " (.eml files)");
        System.out.println("  S3-compatible API:  " + s3.endpoint() + " (buckets " + RAW_BUCKET + ", " + SITE_BUCKET + ")");
        System.out.println("Press Ctrl+C to stop.");
    }

    /** The demo load while the server runs: a failed load stops the server too, rather than serve half a programme. */
    private static boolean loadDemo(DemoLoadGuard demoLoad, LocalCommands commands, ApplicationContext context, LocalS3Server s3) {
        try {
            return demoLoad.load(commands::loadDemoIfEmpty);
        } catch (LocalRunStopped e) {
            context.close();
            s3.close();
            throw e;
        }
    }

    static Map<String, Object> properties(Path data, LocalS3Server s3, int port) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("micronaut.server.port", port);
        // AUTO_SERVER lets a second process (say, --out while the server runs) open the same file.
        p.put("datasources.default.url", "jdbc:h2:file:" + data.resolve("h2").resolve("assurance")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
        p.put("assurance.storage.endpoint", s3.endpoint().toString());
        p.put("assurance.storage.region", LocalS3Server.REGION);
        p.put("assurance.storage.path-style", true);
        p.put("assurance.storage.access-key", s3.identity());
        p.put("assurance.storage.secret-key", s3.credential());
        p.put("assurance.storage.raw-bucket", RAW_BUCKET);
        p.put("assurance.storage.site-bucket", SITE_BUCKET);
        p.put("assurance.build.launcher", "in-process");
        // chases are written as .eml files (open them in any mail client), and link back to this server
        p.put("assurance.mail.folder", data.resolve("outbox").toString());
        p.put("assurance.site.public-base-url", "http://127.0.0.1:" + port);
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", sessionSecret(data));
        // an environment or system property of the same name (a deployment's own users) comes first
        org.sendpmo.local.demo.DemoUsers.properties().forEach(p::putIfAbsent);
        // builds each cycle before its meeting, as EventBridge does in AWS
        p.put("assurance.schedule.local-enabled", true);
        return p;
    }

    /**
     * The key that signs session cookies: ASSURANCE_SESSION_SECRET when set, else one made at first
     * start and kept in the data folder (readable by its owner only), so sessions survive a restart.
     */
    static String sessionSecret(Path data) {
        String configured = System.getenv("ASSURANCE_SESSION_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = data.resolve("session-secret");
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[48];
                new java.security.SecureRandom().nextBytes(bytes);
                Files.writeString(file, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                try {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system (Windows): the folder's own permissions apply
                }
            }
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read or create the session secret " + file, e);
        }
    }

    private static Path ownJarDirectory() throws URISyntaxException {
        Path location = Path.of(LocalMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isDirectory(location) ? location.getParent() : location.getParent();
    }

}
