package org.sendpmo.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.constructs.Construct;

/**
 * The raw upload bucket (the record everything else is rebuilt from, so it is locked), the private site
 * bucket the packs are published to, and a bucket for both buckets' access logs.
 *
 * <p>Encryption is S3-managed (SSE-S3), not KMS: the functions run without a NAT, so KMS would need
 * another paid interface endpoint, and every presigned upload and pack read a KMS request; the data
 * (programme returns and packs, no children's records) does not call for a customer-managed key's
 * separate access control. README "Deploying" says how to change it.
 */
final class Storage extends Construct {
    /** The headers the upload page's script sends with its presigned PUT (README "Deploying"). */
    static final List<String> UPLOAD_HEADERS =
            List.of("Content-Type", "If-None-Match", "x-amz-meta-file-name", "x-amz-meta-received-at");

    final Bucket accessLogs;
    final Bucket raw;
    final Bucket site;

    /** @param siteOrigin the origin the browser uploads from (the API's URL or the custom domain) */
    Storage(Construct scope, String id, InfraConfig config, String siteOrigin) {
        super(scope, id);
        accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-logs")
                        .expiration(Duration.days(config.logRetentionDays())).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        raw = kept("Raw", "raw/", config)
                // governance mode: nobody deletes or overwrites an upload during retention, but an
                // administrator with s3:BypassGovernanceRetention can correct a mistake (compliance mode cannot)
                .objectLockEnabled(true)
                .objectLockDefaultRetention(ObjectLockRetention.governance(Duration.days(config.rawRetentionDays())))
                .cors(List.of(CorsRule.builder()
                        // the browser PUTs a spreadsheet straight to a presigned URL; nothing else is cross-origin
                        .allowedMethods(List.of(HttpMethods.PUT))
                        .allowedOrigins(List.of(siteOrigin))
                        .allowedHeaders(UPLOAD_HEADERS)
                        .maxAge(3000)
                        .build()))
                .build();
        // versioned so that a bad publish of a pointer file (current.json, index pages) can be rolled back
        site = kept("Site", "site/", config).build();
    }

    /**
     * Versioned, SSE-S3, private, TLS only, access-logged, kept when the stack is deleted (the raw bucket's
     * locked objects could not be deleted anyway, and they are the record). Noncurrent versions expire:
     * in the raw bucket only once their lock has run out, and the product never overwrites a key.
     */
    private Bucket.Builder kept(String id, String logPrefix, InfraConfig config) {
        return Bucket.Builder.create(this, id)
                .versioned(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(logPrefix)
                .lifecycleRules(List.of(LifecycleRule.builder().id("noncurrent-and-incomplete")
                        .noncurrentVersionExpiration(Duration.days(config.noncurrentVersionDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN);
    }
}
