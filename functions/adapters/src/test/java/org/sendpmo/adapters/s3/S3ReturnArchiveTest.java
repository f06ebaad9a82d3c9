package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnArchive;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Against a real S3Proxy child process (filesystem-nio2 backend). */
class S3ReturnArchiveTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final Instant RECEIVED = Instant.parse("2026-03-04T09:15:30.123Z");

    private S3ReturnArchive archive(int pageSize) {
        return new S3ReturnArchive(S3.client(), S3ProxyExtension.RAW_BUCKET, pageSize);
    }

    private static String keyFor(String project, String body) {
        return "returns/2026-03/" + project + "/" + RawKey.sha256(body) + ".json";
    }

    @Test
    void roundTripKeepsBytesTypeAndReceivedAt() {
        String body = "{\"projectId\":\"P01\",\"note\":\"caf\u00e9\"}";
        String key = keyFor("P01", body);
        S3ReturnArchive archive = archive(1000);

        assertTrue(archive.putIfAbsent(key, body.getBytes(StandardCharsets.UTF_8), "application/json", RECEIVED));

        ReturnArchive.StoredObject stored = archive.get(key).orElseThrow();
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), stored.bytes());
        assertEquals(RECEIVED, stored.receivedAt());
        HeadObjectResponse head = S3.client().headObject(r -> r.bucket(S3ProxyExtension.RAW_BUCKET).key(key));
        assertEquals("application/json", head.contentType());
        assertEquals("2026-03-04T09:15:30.123Z", head.metadata().get(S3ReturnArchive.RECEIVED_AT));
    }

    @Test
    void secondPutOfTheSameKeyIsRefusedAndLeavesTheOriginal() {
        String body = "{\"projectId\":\"P02\"}";
        String key = keyFor("P02", body);
        S3ReturnArchive archive = archive(1000);

        assertTrue(archive.putIfAbsent(key, body.getBytes(StandardCharsets.UTF_8), "application/json", RECEIVED));
        // Different bytes under the same key can only come from a bug or a stranger; the
        // conditional write must still refuse them, and the receivedAt must stay the first one.
        assertFalse(archive.putIfAbsent(key, "other".getBytes(StandardCharsets.UTF_8), "application/json",
                RECEIVED.plus(1, ChronoUnit.DAYS)));

        ReturnArchive.StoredObject stored = archive.get(key).orElseThrow();
        assertEquals(body, new String(stored.bytes(), StandardCharsets.UTF_8));
        assertEquals(RECEIVED, stored.receivedAt());
    }

    @Test
    void missingKeyIsEmpty() {
        assertEquals(Optional.empty(), archive(1000).get(keyFor("P03", "never written")));
    }

    @Test
    void objectWithoutMetadataIsDatedByItsWriteTime() {
        String key = keyFor("P04", "written by hand");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        S3.client().putObject(r -> r.bucket(S3ProxyExtension.RAW_BUCKET).key(key).contentType("application/json"),
                RequestBody.fromString("written by hand"));

        Instant receivedAt = archive(1000).get(key).orElseThrow().receivedAt();
        assertFalse(receivedAt.isBefore(before), receivedAt + " is before " + before);
        assertFalse(receivedAt.isAfter(Instant.now().plusSeconds(5)));
    }

    @Test
    void listKeysPagesThroughEveryKeyUnderThePrefixInOrder() {
        S3ReturnArchive archive = archive(2);
        List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String body = "{\"n\":" + i + "}";
            String key = keyFor("PAGED", body);
            archive.putIfAbsent(key, body.getBytes(StandardCharsets.UTF_8), "application/json", RECEIVED);
            written.add(key);
        }
        archive.putIfAbsent("returns/2026-03/OTHER/" + RawKey.sha256("x") + ".json", new byte[] {1}, "application/json", RECEIVED);
        written.sort(null);

        assertEquals(written, archive.listKeys("returns/2026-03/PAGED/"));
        assertEquals(List.of(), archive.listKeys("returns/1999-01/"));
    }
}
