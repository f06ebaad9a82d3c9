package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.pack.ManifestJson;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.storage.StorageUnavailable;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link S3PackPublisher#writeBuild} writes several files at once, against a real S3Proxy. The clients here are
 * the real one behind a {@link HookedS3Client} hook that watches the calls on their way to the server (and, in the
 * failure tests, refuses one key's PutObject itself, since S3Proxy cannot be made to refuse a single key).
 */
class S3PackPublisherConcurrencyTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String BUCKET = S3ProxyExtension.SITE_BUCKET;
    private static final int FILES = 300;

    @Test
    void oneRequestAtATimeAndEightAtOnceWriteTheSameObjectsAndTheSameReports() {
        Published serial = publishTwice("2026-01-c1", 1);
        Published concurrent = publishTwice("2026-01-c8", 8); // the same length of cycle id: the same manifest size

        assertEquals(serial.full, concurrent.full);
        assertEquals(serial.incremental, concurrent.incremental);
        RenderedSite first = site(0);
        long firstBytes = first.files().values().stream().mapToLong(b -> b.length).sum();
        assertEquals(new PublishReport(FILES + 1, firstBytes + serial.fullManifestBytes, 0, 0), serial.full);
        // 30 files changed and one copy's source deleted before the rebuild: 31 uploads (and the manifest).
        RenderedSite second = site(30);
        long changedBytes = 0;
        long copiedBytes = 0;
        for (Map.Entry<String, byte[]> file : second.files().entrySet()) {
            if (file.getKey().compareTo("files/f-030") < 0 || file.getKey().equals(GONE)) {
                changedBytes += file.getValue().length;
            } else {
                copiedBytes += file.getValue().length;
            }
        }
        assertEquals(new PublishReport(31 + 1, changedBytes + serial.incrementalManifestBytes, FILES - 31, copiedBytes),
                serial.incremental);

        for (Map.Entry<String, byte[]> file : second.files().entrySet()) {
            ResponseBytes<GetObjectResponse> one = get(buildKey("2026-01-c1", "b-0002", file.getKey()));
            ResponseBytes<GetObjectResponse> eight = get(buildKey("2026-01-c8", "b-0002", file.getKey()));
            assertArrayEquals(file.getValue(), one.asByteArray(), file.getKey());
            assertArrayEquals(file.getValue(), eight.asByteArray(), file.getKey());
            assertEquals(one.response().contentType(), eight.response().contentType(), file.getKey());
            assertEquals(one.response().cacheControl(), eight.response().cacheControl(), file.getKey());
        }
    }

    @Test
    void keepsTheConfiguredNumberOfRequestsInFlightAndNoMore() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        // The first four calls wait (up to 10 s) until four are in flight: one at a time, they never would be.
        CountDownLatch fourArrived = new CountDownLatch(4);
        S3Client watched = HookedS3Client.around(S3.client(), (method, args, call) -> {
            if (!method.equals("putObject")) {
                return call.proceed();
            }
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                fourArrived.countDown();
                fourArrived.await(10, TimeUnit.SECONDS);
                return call.proceed();
            } finally {
                inFlight.decrementAndGet();
            }
        });
        RenderedSite site = site(0);

        new S3PackPublisher(watched, BUCKET, 4).writeBuild("2026-02-board", "b-0001", site, fullPlan("2026-02-board", "b-0001", site));

        assertEquals(4, most.get());
    }

    @Test
    void theManifestIsWrittenOnlyAfterEveryFileIsIn() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        S3Client watched = HookedS3Client.around(S3.client(), (method, args, call) -> {
            if (!method.equals("putObject")) {
                return call.proceed();
            }
            String key = ((PutObjectRequest) args[0]).key();
            events.add("start " + key);
            Object response = call.proceed();
            events.add("end " + key);
            return response;
        });
        RenderedSite site = site(0);

        new S3PackPublisher(watched, BUCKET, 8).writeBuild("2026-03-board", "b-0001", site, fullPlan("2026-03-board", "b-0001", site));

        String manifest = buildKey("2026-03-board", "b-0001", BuildManifest.PATH);
        assertEquals(2 * (FILES + 1), events.size());
        assertEquals(List.of("start " + manifest, "end " + manifest), events.subList(2 * FILES, events.size()));
        for (String path : site.files().keySet()) {
            assertTrue(events.contains("end " + buildKey("2026-03-board", "b-0001", path)), path);
        }
    }

    @Test
    void aRefusedPutFailsThePublishWithItsMessageAndNoManifestIsWritten() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        String refused = buildKey("2026-04-board", "b-0001", "files/f-050.html");
        S3Client refusing = refusing(refused, 403, "AccessDenied", attempts);
        RenderedSite site = site(0);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new S3PackPublisher(refusing, BUCKET, 8)
                .writeBuild("2026-04-board", "b-0001", site, fullPlan("2026-04-board", "b-0001", site)));

        assertTrue(failure.getMessage().startsWith("Could not publish s3://" + BUCKET + "/" + refused + ": Access Denied"),
                failure.getMessage());
        assertNoManifest("2026-04-board", "b-0001");
        // The requests queued behind the failure were not sent: at most the eight in flight when it was seen.
        assertTrue(attempts.get() < 51 + 2 * 8, attempts.get() + " PutObject calls");
        assertNoPublishThreadsLeft();
    }

    @Test
    void aPutTheStoreCannotTakeNowFailsThePublishAsUnavailable() throws InterruptedException {
        String refused = buildKey("2026-05-board", "b-0001", "files/f-200.html");
        S3Client refusing = refusing(refused, 503, "SlowDown", new AtomicInteger());
        RenderedSite site = site(0);

        StorageUnavailable failure = assertThrows(StorageUnavailable.class, () -> new S3PackPublisher(refusing, BUCKET, 8)
                .writeBuild("2026-05-board", "b-0001", site, fullPlan("2026-05-board", "b-0001", site)));

        assertEquals("Could not publish s3://" + BUCKET + "/" + refused + ": the store answered 503 SlowDown. Try again in a few minutes.",
                failure.getMessage());
        assertNoManifest("2026-05-board", "b-0001");
        assertNoPublishThreadsLeft();
    }

    @Test
    void refusesAConcurrencyBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new S3PackPublisher(S3.client(), BUCKET, 0));
        assertEquals("assurance.storage.publish-concurrency must be at least 1, was 0", e.getMessage());
    }

    @Test
    void theClientKeepsAtLeastAsManyConnectionsAsAPublishHasRequestsInFlight() {
        StorageProperties properties = new StorageProperties();
        assertEquals(50, S3ClientFactory.maxConnections(properties), "the SDK's default, above the default 16 requests");
        properties.setPublishConcurrency(64);
        assertEquals(64, S3ClientFactory.maxConnections(properties));
    }

    /** The path whose copy source is deleted before the rebuild: it must be uploaded instead. */
    private static final String GONE = "files/f-150.html";

    private record Published(PublishReport full, long fullManifestBytes, PublishReport incremental, long incrementalManifestBytes) {
    }

    /** A full build, then a rebuild with 30 files changed and one copy's source gone, at this concurrency. */
    private static Published publishTwice(String cycleId, int concurrency) {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), BUCKET, concurrency);
        RenderedSite first = site(0);
        PublishPlan firstPlan = fullPlan(cycleId, "b-0001", first);
        PublishReport full = publisher.writeBuild(cycleId, "b-0001", first, firstPlan);
        publisher.makeCurrent(cycleId, "b-0001", bytes("r"), bytes("i"));
        S3.client().deleteObject(r -> r.bucket(BUCKET).key(buildKey(cycleId, "b-0001", GONE)));

        RenderedSite second = site(30);
        PublishPlan secondPlan = PublishPlan.against(publisher.currentManifest(cycleId), fullPlan(cycleId, "b-0002", second).manifest());
        PublishReport incremental = publisher.writeBuild(cycleId, "b-0002", second, secondPlan);
        assertEquals(secondPlan.manifest(), ManifestJson.decode(get(buildKey(cycleId, "b-0002", BuildManifest.PATH)).asByteArray()));
        return new Published(full, ManifestJson.encode(firstPlan.manifest()).length,
                incremental, ManifestJson.encode(secondPlan.manifest()).length);
    }

    /** {@link #FILES} pages of assorted sizes; the first {@code changed} differ from the first build's. */
    private static RenderedSite site(int changed) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < FILES; i++) {
            String edition = i < changed ? "second" : "first";
            files.put(String.format("files/f-%03d.html", i), bytes("<p>" + i + " " + edition + "</p>" + "x".repeat(i * 37 % 2000)));
        }
        return new RenderedSite(files);
    }

    /** The real client, but PutObject of one key is answered with this error without reaching the server. */
    private static S3Client refusing(String key, int status, String code, AtomicInteger putAttempts) {
        return HookedS3Client.around(S3.client(), (method, args, call) -> {
            if (method.equals("putObject")) {
                putAttempts.incrementAndGet();
                if (((PutObjectRequest) args[0]).key().equals(key)) {
                    throw S3Exception.builder().statusCode(status).message(code.equals("AccessDenied") ? "Access Denied" : "Slow Down")
                            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("refused by the test").build())
                            .build();
                }
            }
            if (method.equals("copyObject") && ((CopyObjectRequest) args[0]).destinationKey().equals(key)) {
                throw new AssertionError("a full build copies nothing");
            }
            return call.proceed();
        });
    }

    private static void assertNoManifest(String cycleId, String buildId) {
        assertThrows(NoSuchKeyException.class, () -> get(buildKey(cycleId, buildId, BuildManifest.PATH)));
    }

    /**
     * The pool is shut down and its threads have finished their work before writeBuild returns or throws; a
     * thread may take a moment more to end after the pool reports it terminated, hence the short wait.
     */
    private static void assertNoPublishThreadsLeft() throws InterruptedException {
        List<String> left = publishThreads();
        for (int i = 0; i < 20 && !left.isEmpty(); i++) {
            Thread.sleep(50);
            left = publishThreads();
        }
        assertEquals(List.of(), left);
    }

    private static List<String> publishThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive).map(Thread::getName).filter(n -> n.startsWith("pack-publish-")).toList();
    }

    private static PublishPlan fullPlan(String cycleId, String buildId, RenderedSite site) {
        return S3PackPublisherTest.fullPlan(cycleId, buildId, site);
    }

    private static String buildKey(String cycleId, String buildId, String path) {
        return "cycles/" + cycleId + "/" + buildId + "/" + path;
    }

    private static ResponseBytes<GetObjectResponse> get(String key) {
        return S3.client().getObjectAsBytes(r -> r.bucket(BUCKET).key(key));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
