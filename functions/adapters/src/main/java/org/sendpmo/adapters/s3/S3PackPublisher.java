package org.sendpmo.adapters.s3;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import org.sendpmo.adapters.pack.SiteLayout;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.RenderedSite;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Publishes packs to the site bucket ({@link SiteLayout}). Files are written one by one; the cycle's
 * pointer moves only after every file of the build is in, so readers never follow it to a partial
 * build.
 */
@Singleton
public class S3PackPublisher implements PackPublisher {

    private final S3Client s3;
    private final String bucket;

    @Inject
    public S3PackPublisher(S3Client s3, StorageProperties properties) {
        this(s3, properties.getSiteBucket());
    }

    public S3PackPublisher(S3Client s3, String bucket) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("assurance.storage.site-bucket is not set");
        }
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void writeBuild(String cycleId, String buildId, RenderedSite site) {
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            String key = SiteLayout.buildFileKey(cycleId, buildId, file.getKey());
            put(key, file.getValue(), SiteLayout.contentType(file.getKey()), false);
        }
    }

    @Override
    public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
        put(SiteLayout.currentPointerKey(cycleId), SiteLayout.currentPointer(cycleId, buildId),
                SiteLayout.contentType("current.json"), true);
        put(SiteLayout.cycleIndexKey(cycleId), cycleRedirectHtml, SiteLayout.contentType("index.html"), true);
        put(SiteLayout.ROOT_INDEX, cyclesIndexHtml, SiteLayout.contentType("index.html"), true);
    }

    private void put(String key, byte[] bytes, String contentType, boolean pointer) {
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentType(contentType)
                .cacheControl(SiteLayout.cacheControl(pointer))
                .build();
        try {
            s3.putObject(request, RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            if (S3Failures.isTransient(e)) {
                throw S3Failures.unavailable("publish", bucket, key, e);
            }
            throw new IllegalStateException("Could not publish s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }
}
