package org.sendpmo.adapters.s3;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * Where the raw upload bucket and the site bucket are ({@code assurance.storage.*}).
 *
 * <p>On AWS only the region and bucket names are set and credentials come from the default chain
 * (the function's role). For an S3-compatible server on loopback, set {@code endpoint} (path-style
 * addressing is then used) and, because such a server has no role, {@code access-key} and
 * {@code secret-key}.
 */
@ConfigurationProperties("assurance.storage")
public class StorageProperties {

    /** How many of a pack build's files {@link S3PackPublisher} writes at once unless told otherwise. */
    public static final int DEFAULT_PUBLISH_CONCURRENCY = 16;

    private String region = "eu-west-2";
    private String rawBucket;
    private String siteBucket;
    @Nullable
    private URI endpoint;
    private boolean pathStyle;
    @Nullable
    private String accessKey;
    @Nullable
    private String secretKey;
    private int publishConcurrency = DEFAULT_PUBLISH_CONCURRENCY;

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getRawBucket() {
        return rawBucket;
    }

    public void setRawBucket(String rawBucket) {
        this.rawBucket = rawBucket;
    }

    public String getSiteBucket() {
        return siteBucket;
    }

    public void setSiteBucket(String siteBucket) {
        this.siteBucket = siteBucket;
    }

    @Nullable
    public URI getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(@Nullable URI endpoint) {
        this.endpoint = endpoint;
    }

    public boolean isPathStyle() {
        return pathStyle;
    }

    public void setPathStyle(boolean pathStyle) {
        this.pathStyle = pathStyle;
    }

    @Nullable
    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(@Nullable String accessKey) {
        this.accessKey = accessKey;
    }

    @Nullable
    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(@Nullable String secretKey) {
        this.secretKey = secretKey;
    }

    /**
     * How many PutObject and CopyObject requests a pack publish keeps in flight ({@code publish-concurrency}); the
     * HTTP client's connection pool is made at least this large.
     */
    public int getPublishConcurrency() {
        return publishConcurrency;
    }

    public void setPublishConcurrency(int publishConcurrency) {
        this.publishConcurrency = publishConcurrency;
    }

    /** True when an endpoint is set (an empty environment variable counts as unset). */
    public boolean hasEndpoint() {
        return endpoint != null && !endpoint.toString().isBlank();
    }

    /** True when static keys are configured (a local server); otherwise the default chain is used. */
    public boolean hasStaticKeys() {
        return accessKey != null && !accessKey.isBlank() && secretKey != null && !secretKey.isBlank();
    }
}
