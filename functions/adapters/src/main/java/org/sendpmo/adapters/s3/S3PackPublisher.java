package org.sendpmo.adapters.s3;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.adapters.pack.ManifestJson;
import org.sendpmo.adapters.pack.SiteLayout;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Publishes packs to the site bucket ({@link SiteLayout}). A build's files are written several at once
 * ({@code assurance.storage.publish-concurrency}: a 10,000-project pack is about 40,000 requests, which one at
 * a time at S3's tens of milliseconds each would not fit in a Lambda's 15 minutes), the manifest only after
 * every file is in; the cycle's pointer moves after the manifest, so readers never follow it to a partial build.
 * The first request to fail fails the publish, with its own message, and those still in flight are cancelled.
 *
 * <p>The requests run on a pool made for each publish and shut down before {@link #writeBuild} returns: no
 * threads wait between builds (nor get frozen into a SnapStart snapshot), nothing needs closing at shutdown,
 * and two publishes at once (two cycles built in one local JVM) each keep their own bound. Starting a few
 * threads is cheap beside a build's thousands of requests.
 *
 * <p>A file whose bytes the current build already holds is not uploaded again: it is copied inside the
 * bucket with CopyObject, which sends no file bytes, so the new build's prefix still holds every file
 * it needs. (The other way, a manifest that maps paths to earlier builds' objects, would need a server
 * or an edge function to resolve each request, and a pack must read the same opened from a folder.)
 */
@Singleton
public class S3PackPublisher implements PackPublisher {

    private final S3Client s3;
    private final String bucket;
    private final int concurrency;

    @Inject
    public S3PackPublisher(S3Client s3, StorageProperties properties) {
        this(s3, properties.getSiteBucket(), properties.getPublishConcurrency());
    }

    public S3PackPublisher(S3Client s3, String bucket) {
        this(s3, bucket, StorageProperties.DEFAULT_PUBLISH_CONCURRENCY);
    }

    /**
     * @param concurrency how many of a build's files are written at once ({@code assurance.storage.publish-concurrency})
     */
    public S3PackPublisher(S3Client s3, String bucket, int concurrency) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("assurance.storage.site-bucket is not set");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("assurance.storage.publish-concurrency must be at least 1, was " + concurrency);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.concurrency = concurrency;
    }

    @Override
    public Optional<BuildManifest> currentManifest(String cycleId) {
        String pointerKey = SiteLayout.currentPointerKey(cycleId);
        Optional<String> build = S3Failures.readIfPresent(bucket, pointerKey,
                () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(pointerKey)).asByteArray())
                .flatMap(SiteLayout::pointedBuild);
        if (build.isEmpty()) {
            return Optional.empty();
        }
        String manifestKey = SiteLayout.buildFileKey(cycleId, build.get(), BuildManifest.PATH);
        Optional<byte[]> manifest = S3Failures.readIfPresent(bucket, manifestKey,
                () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(manifestKey)).asByteArray());
        try {
            return manifest.map(ManifestJson::decode);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unreadable manifest: upload everything, which is always right
        }
    }

    /**
     * Writes the build's files, up to {@code publishConcurrency} requests at once, then the manifest once every
     * file is in. Each file is read here, on the calling thread, as its request is submitted: a spooled site is
     * read one file at a time and at most {@code publishConcurrency + 1} files' bytes are in the heap at once.
     */
    @Override
    public PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan) {
        plan.requireDescribes(site);
        Tally tally = new Tally();
        try (BoundedRequests<Written> requests = new BoundedRequests<>(concurrency, "pack-publish", tally::add)) {
            for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
                String key = SiteLayout.buildFileKey(cycleId, buildId, file.getKey());
                String type = SiteLayout.contentType(file.getKey());
                PublishPlan.Source source = plan.copies().get(file.getKey());
                String sourceKey = source == null ? null : SiteLayout.buildFileKey(cycleId, source.buildId(), source.path());
                byte[] bytes = file.getValue();
                requests.submit(() -> writeFile(sourceKey, key, bytes, type));
            }
            requests.awaitAll();
        }
        byte[] manifest = ManifestJson.encode(plan.manifest());
        put(SiteLayout.buildFileKey(cycleId, buildId, BuildManifest.PATH), manifest, SiteLayout.contentType(BuildManifest.PATH), false);
        tally.add(new Written(false, manifest.length));
        return tally.report();
    }

    /** Copies the file from the current build when the plan says it holds the same bytes; uploads it otherwise. */
    private Written writeFile(String sourceKey, String key, byte[] bytes, String type) {
        if (sourceKey != null && copy(sourceKey, key, type)) {
            return new Written(true, bytes.length);
        }
        put(key, bytes, type, false);
        return new Written(false, bytes.length);
    }

    /** One file written: copied inside the bucket or uploaded. */
    private record Written(boolean copied, long bytes) {
    }

    /** The report's counts; added to on the publishing thread only. */
    private static final class Tally {
        private int uploaded;
        private long uploadedBytes;
        private int copied;
        private long copiedBytes;

        void add(Written file) {
            if (file.copied()) {
                copied++;
                copiedBytes += file.bytes();
            } else {
                uploaded++;
                uploadedBytes += file.bytes();
            }
        }

        PublishReport report() {
            return new PublishReport(uploaded, uploadedBytes, copied, copiedBytes);
        }
    }

    @Override
    public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
        put(SiteLayout.currentPointerKey(cycleId), SiteLayout.currentPointer(cycleId, buildId),
                SiteLayout.contentType("current.json"), true);
        put(SiteLayout.cycleIndexKey(cycleId), cycleRedirectHtml, SiteLayout.contentType("index.html"), true);
        put(SiteLayout.ROOT_INDEX, cyclesIndexHtml, SiteLayout.contentType("index.html"), true);
    }

    @Override
    public Optional<BuildManifest> buildManifest(String cycleId, String buildId) {
        return ManifestJson.decodeIfReadable(readBuildFile(cycleId, buildId, BuildManifest.PATH));
    }

    @Override
    public Optional<byte[]> readBuildFile(String cycleId, String buildId, String path) {
        String key = SiteLayout.buildFileKey(cycleId, buildId, path);
        return S3Failures.readIfPresent(bucket, key, () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
    }

    @Override
    public void addToBuild(String cycleId, String buildId, String path, byte[] bytes, BuildManifest manifest) {
        put(SiteLayout.buildFileKey(cycleId, buildId, path), bytes, SiteLayout.contentType(path), false);
        put(SiteLayout.buildFileKey(cycleId, buildId, BuildManifest.PATH), ManifestJson.encode(manifest),
                SiteLayout.contentType(BuildManifest.PATH), false);
    }

    /**
     * Copies an object of the current build into the new one, with its headers set afresh.
     *
     * @return false when the source is gone (deleted since the manifest was read): the caller uploads
     */
    private boolean copy(String fromKey, String toKey, String contentType) {
        CopyObjectRequest request = CopyObjectRequest.builder()
                .sourceBucket(bucket)
                .sourceKey(fromKey)
                .destinationBucket(bucket)
                .destinationKey(toKey)
                .metadataDirective(MetadataDirective.REPLACE)
                .contentType(contentType)
                .cacheControl(SiteLayout.cacheControl(false))
                .build();
        try {
            s3.copyObject(request);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw S3Failures.failure("copy s3://" + bucket + "/" + fromKey + " to", bucket, toKey, e);
        } catch (SdkException e) {
            throw S3Failures.failure("copy s3://" + bucket + "/" + fromKey + " to", bucket, toKey, e);
        }
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
