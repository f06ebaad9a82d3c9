package org.sendpmo.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command starts {@code local.jar}, which carries the module's classes and its runtime-scope
 * libraries only. This module's tests run with more (the adapters' test jar brings the PDF library back, for
 * one), which once hid that the jar could not start at all: the api's pom left the PDF library out for the
 * api's Lambda jar, and that exclusion reached the local run too ({@code No bean of type PackBuildService}).
 * So the local run's commands are started here in a JVM of their own, on exactly what the shade plugin packs
 * ({@code target/lambda-classpath.txt}, see {@code PackagedStart}), rebuilding an empty data folder's database.
 */
class LocalJarStartsTest {

    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path data;

    @Test
    void theLocalRunStartsFromWhatItsJarCarries() throws Exception {
        Path classpathFile = Path.of("target", "lambda-classpath.txt");
        assertTrue(Files.exists(classpathFile), classpathFile.toAbsolutePath() + " is missing: maven-dependency-plugin's "
                + "lambda-classpath execution writes it before the tests");
        String classpath = String.join(File.pathSeparator, Path.of("target", "classes").toString(),
                Files.readString(classpathFile).trim());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1",
                "-Ds3proxy.jar=" + Path.of("target", "s3proxy.jar").toAbsolutePath(), "-cp", classpath,
                LocalMain.class.getName(), "--data", data.toString(), "--rebuild-db"))
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the local run did not finish within " + TIMEOUT_SECONDS + " s");
        assertEquals(0, child.exitValue(), "the local run cannot start from what local.jar carries:\n" + output);
        assertTrue(output.contains("Raw bucket: 0 return objects"), output);
    }
}
