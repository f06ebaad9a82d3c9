package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.pack.RenderedSite;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
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

        publisher.writeBuild("2026-05-board", "b-0001", site());
        publisher.makeCurrent("2026-05-board", "b-0001", bytes("<meta http-equiv=refresh>"), bytes("<h1>Cycles</h1>"));

        String prefix = "cycles/2026-05-board/b-0001/";
        assertEquals(List.of(
                prefix + "assets/chart.png",
                prefix + "assets/font.woff2",
                prefix + "assets/logo.svg",
                prefix + "assets/styles.css",
                prefix + "data/ranking.json",
                prefix + "downloads/pack.pdf",
                prefix + "index.html",
                prefix + "projects/P01.html",
                "cycles/2026-05-board/current.json",
                "cycles/2026-05-board/index.html",
                "index.html"), order);

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
        publisher.writeBuild("2026-06-board", "b-0001", site());
        publisher.makeCurrent("2026-06-board", "b-0001", bytes("r1"), bytes("i1"));
        publisher.writeBuild("2026-06-board", "b-0002", site());
        publisher.makeCurrent("2026-06-board", "b-0002", bytes("r2"), bytes("i2"));

        assertStored("cycles/2026-06-board/current.json", "application/json",
                "{\"cycle\":\"2026-06-board\",\"build\":\"b-0002\"}\n");
        assertEquals("<h1>Pack</h1>", get("cycles/2026-06-board/b-0001/index.html").asUtf8String());
    }

    @Test
    void refusesPathsThatWouldLeaveTheBuildFolder() {
        S3PackPublisher publisher = new S3PackPublisher(S3.client(), S3ProxyExtension.SITE_BUCKET);
        assertThrows(IllegalArgumentException.class, () ->
                publisher.writeBuild("2026-07-board", "b-1", new RenderedSite(Map.of("../current.json", bytes("x")))));
        assertThrows(IllegalArgumentException.class, () ->
                publisher.writeBuild("2026-07-board", "../b", new RenderedSite(Map.of("index.html", bytes("x")))));
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

    /** The real client, noting each PutObject key before passing the call on. */
    static S3Client recording(S3Client delegate, List<String> putKeys) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("putObject") && args != null && args[0] instanceof PutObjectRequest put) {
                        putKeys.add(put.key());
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
