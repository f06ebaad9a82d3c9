package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendpmo.returns.RawKey;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same conditional-write contract against LocalStack, where a Docker engine exists (CI with
 * Docker, a developer's laptop). Skipped, not failed, without Docker — as on these machines.
 */
@Testcontainers(disabledWithoutDocker = true)
class S3ReturnArchiveLocalStackTest {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(LocalStackContainer.Service.S3);

    private static S3Client s3;

    @BeforeAll
    static void client() {
        StorageProperties p = new StorageProperties();
        p.setRegion(LOCALSTACK.getRegion());
        p.setEndpoint(LOCALSTACK.getEndpoint());
        p.setPathStyle(true);
        p.setAccessKey(LOCALSTACK.getAccessKey());
        p.setSecretKey(LOCALSTACK.getSecretKey());
        s3 = S3ClientFactory.create(p);
        s3.createBucket(r -> r.bucket("raw"));
    }

    @AfterAll
    static void close() {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void conditionalWriteRefusesTheSecondPut() {
        S3ReturnArchive archive = new S3ReturnArchive(s3, "raw", 2);
        String key = "returns/2026-03/P01/" + RawKey.sha256("one") + ".json";
        Instant received = Instant.parse("2026-03-01T10:00:00Z");

        assertTrue(archive.putIfAbsent(key, "one".getBytes(StandardCharsets.UTF_8), "application/json", received));
        assertFalse(archive.putIfAbsent(key, "two".getBytes(StandardCharsets.UTF_8), "application/json", Instant.now()));

        assertEquals("one", new String(archive.get(key).orElseThrow().bytes(), StandardCharsets.UTF_8));
        assertEquals(received, archive.get(key).orElseThrow().receivedAt());
        assertEquals(java.util.List.of(key), archive.listKeys("returns/"));
    }
}
