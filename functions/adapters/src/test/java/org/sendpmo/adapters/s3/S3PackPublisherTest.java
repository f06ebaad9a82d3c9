package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.pack.ManifestJson;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Against a real S3Proxy; the write order is observed on the client on its way to the server. */
class S3PackPublisherTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static RenderedSite site() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", bytes("<h1>Pack</h1>"));
        files.put("projects/P01.html", bytes("<h1>P01 \u2013 caf\u00e9</h1>"));
        files.put("assets/styles.css", bytes("body{font-family:Arial}"));
        files.put("assets/logo.svg", bytes("<svg/>"));
        files.put("assets/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        files.put("assets/font.woff2", new byte[] {'w', 'O', 'F', '2'});
        files.put("data/ranking.json", bytes("[]"));
        files.put("downloads/pack.pdf", bytes("%PDF-1.7"));
        return new RenderedSite(files);
    }

    @Test
    void writesTheBuildThenMovesThePointerInOrder() {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        S3PackPublisher publisher = new S3PackPublisher(recording(S3.client(), order), S3ProxyExtension.SITE_BUCKET);

        publisher.writeBuild("2026-05-board", "b-0001", site(), fullPlan("2026-05-board", "b-0001", site()));
        publisher.makeCurrent("2026-05-board", "b-0001", bytes("<meta http-equiv=refresh>"), bytes("<h1>Cycles</h1>"));

        String prefix = "cycles/2026-05-board/b-0001/";
        // The files go several at once, in no set order (S3PackPublisherConcurrencyTest checks the manifest
        // starts only after they have all been written); then the manifest, then the pointers in order.
        assertEquals(Set.of(
                prefix + "assets/chart.png",
                prefix + "assets/font.woff2",
                prefix + "assets/logo.svg",
                prefix + "assets/styles.css",
                prefix + "data/ranking.json",
                prefix + "downloads/pack.pdf",
                prefix + "index.html",
                prefix + "projects/P01.html"), Set.copyOf(order.subList(0, 8)));
        assertEquals(List.of(
                prefix + "manifest.json",
                "cycles/2026-05-board/current.json",
                "cycles/2026-05-board/index.html",
                "index.html"), order.subList(8, order.size()));

        assertStored(prefix + "projects/P01.html", "text/html; charset=utf-8", "<h1>P01 \u2013 caf\u00e9</h1>");
        assertStored(prefix + "assets/styles.css", "text/css; charset=utf-8", "body{font-family:Arial}");
        assertStored(prefix + "assets/logo.svg", "image/svg+xml", "<svg/>");
        assertEquals("image/png", get(prefix + "assets/chart.png").response().contentType());
        assertEquals("font/woff2", get(prefix + "assets/font.woff2").response().contentType());
        assertEquals("application/json", get(prefix + "data/ranking.json").response().contentType());
        assertEquals("application/pdf", get(prefix + "downloads/pack.pdf").response().contentType());
        assertStored("cycles/2026-05-board/current.json", "application/json",
                "{\"cycle\":\"2026-05-board\",\"build\":\"b-0001\"}\n");
        assertEquals("no-cache", get("cycles/2026-05-board/current.json").response().cacheControl());
        assertStored("cycles/2026-05-board/index.html", "text/html; charset=utf-8", "<meta http-equiv=refresh>");
        assertStored("index.html", "text/html; charset=utf-8", "<h1>Cycles</h1>");
    }

    @Test
    void aSecondBuildMovesThePointerAndLeavesTheFirstInPlace() {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), S3ProxyExtension.SITE_BUCKET);
        publisher.writeBuild("2026-06-board", "b-0001", site(), fullPlan("2026-06-board", "b-0001", site()));
        publisher.makeCurrent("2026-06-board", "b-0001", bytes("r1"), bytes("i1"));
        publisher.writeBuild("2026-06-board", "b-0002", site(), fullPlan("2026-06-board", "b-0002", site()));
        publisher.makeCurrent("2026-06-board", "b-0002", bytes("r2"), bytes("i2"));

        assertStored("cycles/2026-06-board/current.json", "application/json",
                "{\"cycle\":\"2026-06-board\",\"build\":\"b-0002\"}\n");
        assertEquals("<h1>Pack</h1>", get("cycles/2026-06-board/b-0001/index.html").asUtf8String());
    }

    @Test
    void aRebuildCopiesTheFilesTheCurrentBuildHoldsAndUploadsOnlyWhatChanged() {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), S3ProxyExtension.SITE_BUCKET);
        publisher.writeBuild("2026-08-board", "b-0001", site(), fullPlan("2026-08-board", "b-0001", site()));
        publisher.makeCurrent("2026-08-board", "b-0001", bytes("r1"), bytes("i1"));
        assertEquals("b-0001", publisher.currentManifest("2026-08-board").orElseThrow().buildId());

        Map<String, byte[]> changed = new LinkedHashMap<>(site().files());
        changed.put("index.html", bytes("<h1>Pack, changed</h1>"));
        changed.put("projects/P02.html", bytes("<h1>P01 \u2013 caf\u00e9</h1>")); // new path, bytes P01 already has
        RenderedSite next = new RenderedSite(changed);
        PublishPlan plan = PublishPlan.against(publisher.currentManifest("2026-08-board"),
                BuildManifest.of("b-0002", "2026-08-board", Instant.parse("2026-08-01T09:00:00Z"), "test", "v1", Map.of(), next));
        List<String> puts = Collections.synchronizedList(new ArrayList<>());
        List<String> copies = Collections.synchronizedList(new ArrayList<>());
        PublishReport report = new S3PackPublisher(recording(S3.client(), puts, copies), S3ProxyExtension.SITE_BUCKET)
                .writeBuild("2026-08-board", "b-0002", next, plan);

        String prefix = "cycles/2026-08-board/b-0002/";
        assertEquals(List.of(prefix + "index.html", prefix + "manifest.json"), puts);
        assertEquals(8, copies.size(), copies.toString());
        assertTrue(copies.contains("cycles/2026-08-board/b-0001/projects/P01.html -> " + prefix + "projects/P02.html"), copies.toString());
        assertEquals(2, report.filesUploaded());
        assertEquals(8, report.filesCopied());
        // The new prefix is whole on its own, each object with its own headers.
        assertStored(prefix + "projects/P02.html", "text/html; charset=utf-8", "<h1>P01 \u2013 caf\u00e9</h1>");
        assertStored(prefix + "assets/styles.css", "text/css; charset=utf-8", "body{font-family:Arial}");
        assertEquals("public, max-age=31536000, immutable", get(prefix + "assets/styles.css").response().cacheControl());
        assertEquals("application/pdf", get(prefix + "downloads/pack.pdf").response().contentType());
        assertStored(prefix + "index.html", "text/html; charset=utf-8", "<h1>Pack, changed</h1>");
        BuildManifest written = ManifestJson.decode(get(prefix + "manifest.json").asByteArray());
        assertEquals(plan.manifest(), written);
    }

    @Test
    void aFileWhoseSourceHasGoneIsUploadedInstead() {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), S3ProxyExtension.SITE_BUCKET);
        publisher.writeBuild("2026-09-board", "b-0001", site(), fullPlan("2026-09-board", "b-0001", site()));
        publisher.makeCurrent("2026-09-board", "b-0001", bytes("r1"), bytes("i1"));
        PublishPlan plan = PublishPlan.against(publisher.currentManifest("2026-09-board"),
                fullPlan("2026-09-board", "b-0002", site()).manifest());
        S3.client().deleteObject(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key("cycles/2026-09-board/b-0001/index.html"));

        PublishReport report = publisher.writeBuild("2026-09-board", "b-0002", site(), plan);

        assertEquals(2, report.filesUploaded(), report.toString());
        assertStored("cycles/2026-09-board/b-0002/index.html", "text/html; charset=utf-8", "<h1>Pack</h1>");
    }

    @Test
    void noManifestIsReadWhenTheCycleHasNoPointerOrItsBuildHasNoManifest() {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), S3ProxyExtension.SITE_BUCKET);
        assertTrue(publisher.currentManifest("2026-10-board").isEmpty());
        publisher.makeCurrent("2026-10-board", "b-0001", bytes("r1"), bytes("i1")); // a build from before manifests
        assertTrue(publisher.currentManifest("2026-10-board").isEmpty());
    }

    @Test
    void refusesPathsThatWouldLeaveTheBuildFolder() {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), S3ProxyExtension.SITE_BUCKET);
        assertThrows(IllegalArgumentException.class, () ->
                publisher.writeBuild("2026-07-board", "b-1", new RenderedSite(Map.of("../current.json", bytes("x"))),
                        fullPlan("2026-07-board", "b-1", new RenderedSite(Map.of("../current.json", bytes("x"))))));
        assertThrows(IllegalArgumentException.class, () ->
                publisher.writeBuild("2026-07-board", "../b", new RenderedSite(Map.of("index.html", bytes("x"))),
                        fullPlan("2026-07-board", "b", new RenderedSite(Map.of("index.html", bytes("x"))))));
    }

    static PublishPlan fullPlan(String cycleId, String buildId, RenderedSite site) {
        return PublishPlan.full(BuildManifest.of(buildId, cycleId, Instant.parse("2026-05-01T09:00:00Z"), "test", "v1",
                Map.of("returnsInForce", "0".repeat(64)), site));
    }

    private static void assertStored(String key, String contentType, String body) {
        ResponseBytes<GetObjectResponse> object = get(key);
        // S3Proxy's Jetty drops the space after ';' in a Content-Type; S3 keeps it as sent.
        assertEquals(contentType.replace("; ", ";"), object.response().contentType().replace("; ", ";"), key);
        assertEquals(body, object.asUtf8String(), key);
    }

    private static ResponseBytes<GetObjectResponse> get(String key) {
        return S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(key));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static S3Client recording(S3Client delegate, List<String> putKeys) {
        return recording(delegate, putKeys, new ArrayList<>());
    }

    /** The real client, noting each PutObject key and each CopyObject ("from -> to") before passing the call on. */
    static S3Client recording(S3Client delegate, List<String> putKeys, List<String> copies) {
        return HookedS3Client.around(delegate, (method, args, call) -> {
            if (method.equals("putObject") && args != null && args[0] instanceof PutObjectRequest put) {
                putKeys.add(put.key());
            }
            if (method.equals("copyObject") && args != null && args[0] instanceof CopyObjectRequest copy) {
                copies.add(copy.sourceKey() + " -> " + copy.destinationKey());
            }
            return call.proceed();
        });
    }
}
