package org.sendpmo.adapters.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnArchive;

/** The beans as a function gets them: configuration from {@code assurance.storage.*}, real S3Proxy. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BeansTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    ReturnArchive archive;
    @Inject
    PackPublisher publisher;
    @Inject
    StorageProperties properties;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(S3.micronautProperties());
        properties.put("assurance.storage.publish-concurrency", "24");
        return properties;
    }

    @Test
    void bindsPropertiesAndWritesToTheConfiguredBuckets() {
        assertEquals(S3.server().endpoint(), properties.getEndpoint());
        assertTrue(properties.hasStaticKeys());
        assertEquals(24, properties.getPublishConcurrency());

        String key = "returns/2026-04/P09/" + RawKey.sha256("beans") + ".json";
        assertTrue(archive.putIfAbsent(key, "beans".getBytes(StandardCharsets.UTF_8), "application/json", Instant.EPOCH));
        assertEquals("beans", S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.RAW_BUCKET).key(key)).asUtf8String());

        RenderedSite site = new RenderedSite(Map.of("index.html", new byte[] {'x'}));
        publisher.writeBuild("2026-04-board", "b1", site, S3PackPublisherTest.fullPlan("2026-04-board", "b1", site));
        assertEquals("x", S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET)
                .key("cycles/2026-04-board/b1/index.html")).asUtf8String());
    }
}
