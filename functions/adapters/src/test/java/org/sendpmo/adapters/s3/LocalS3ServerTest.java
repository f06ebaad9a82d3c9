package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.storage.StorageUnavailable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3Proxy child process itself: conditional writes, restart, shutdown. */
class LocalS3ServerTest {

    @TempDir
    Path dir;

    @Test
    void filesystemBackendHonoursIfNoneMatchAndKeepsDataAcrossARestart() {
        Path data = dir.resolve("data");
        Instant received = Instant.parse("2026-01-02T03:04:05Z");
        try (LocalS3Server server = LocalS3Server.builder(data).jarDirectory(Path.of("target")).buckets("raw").start();
             S3Client s3 = server.newClient()) {
            s3.putObject(r -> r.bucket("raw").key("k").ifNoneMatch("*"), RequestBody.fromString("first"));
            S3Exception refused = assertThrows(S3Exception.class,
                    () -> s3.putObject(r -> r.bucket("raw").key("k").ifNoneMatch("*"), RequestBody.fromString("second")));
            assertEquals(412, refused.statusCode());
            new S3ReturnArchive(s3, "raw", 1000).putIfAbsent("m", new byte[] {1, 2}, "application/json", received);
        }

        // Same folder, new process (and a new port): the objects and their metadata are still there,
        // and creating the existing bucket again is harmless.
        try (LocalS3Server again = LocalS3Server.builder(data).jarDirectory(Path.of("target")).buckets("raw", "site").start();
             S3Client s3 = again.newClient()) {
            assertEquals("first", s3.getObjectAsBytes(r -> r.bucket("raw").key("k")).asString(StandardCharsets.UTF_8));
            assertEquals(received, new S3ReturnArchive(s3, "raw", 1000).get("m").orElseThrow().receivedAt());
            assertEquals(List.of("raw", "site"), s3.listBuckets().buckets().stream().map(b -> b.name()).sorted().toList());
        }
    }

    @Test
    void closeEndsTheProcessAndTheAdaptersThenReportStorageUnavailable() {
        LocalS3Server server = LocalS3Server.builder(dir.resolve("data")).jarDirectory(Path.of("target")).buckets("raw", "site").start();
        StorageProperties properties = server.storageProperties("raw", "site");
        long pid = server.pid();
        server.close();

        assertFalse(server.isRunning());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        try (S3Client s3 = S3ClientFactory.create(properties)) {
            S3ReturnArchive archive = new S3ReturnArchive(s3, properties);
            StorageUnavailable put = assertThrows(StorageUnavailable.class,
                    () -> archive.putIfAbsent("k", new byte[] {1}, "application/json", Instant.now()));
            assertTrue(put.getMessage().startsWith("Could not store s3://raw/k: the store could not be reached"), put.getMessage());
            assertThrows(StorageUnavailable.class, () -> archive.get("k"));
            assertThrows(StorageUnavailable.class, () -> archive.listKeys("returns/"));
            S3PackPublisher publisher = new S3PackPublisher(s3, properties);
            assertThrows(StorageUnavailable.class,
                    () -> publisher.makeCurrent("c", "b", new byte[0], new byte[0]));
        }
    }

    @Test
    void missingJarIsExplained() {
        String saved = System.getProperty(LocalS3Server.JAR_PROPERTY);
        System.clearProperty(LocalS3Server.JAR_PROPERTY);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocalS3Server.findJar(dir));
            assertTrue(e.getMessage().contains("-Ds3proxy.jar="), e.getMessage());
        } finally {
            if (saved != null) {
                System.setProperty(LocalS3Server.JAR_PROPERTY, saved);
            }
        }
    }

    @Test
    void storagePropertiesPointAtTheServer() {
        try (LocalS3Server server = LocalS3Server.builder(dir.resolve("data")).jarDirectory(Path.of("target")).start()) {
            StorageProperties p = server.storageProperties("r", "s");
            assertEquals(Map.of("endpoint", server.endpoint().toString(), "raw", "r", "site", "s"),
                    Map.of("endpoint", p.getEndpoint().toString(), "raw", p.getRawBucket(), "site", p.getSiteBucket()));
            assertTrue(p.hasStaticKeys());
        }
    }
}
