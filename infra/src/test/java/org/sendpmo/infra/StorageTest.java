package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** The raw and site buckets, and the raw bucket's notification to ingest with nowhere for a failure to vanish. */
class StorageTest {
    private final Synthesised s = Synthesised.stack();
    private static final Map<String, Object> PRIVATE = Map.of(
            "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true);
    private static final Map<String, Object> SSE_S3 = Map.of("ServerSideEncryptionConfiguration",
            List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))));

    @Test
    void theRawBucketIsVersionedLockedEncryptedPrivateAndKept() {
        s.template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "VersioningConfiguration", Map.of("Status", "Enabled"),
                        "ObjectLockEnabled", true,
                        "ObjectLockConfiguration", Map.of("ObjectLockEnabled", "Enabled",
                                "Rule", Map.of("DefaultRetention", Map.of("Mode", "GOVERNANCE", "Days", 2557))),
                        "BucketEncryption", SSE_S3,
                        "PublicAccessBlockConfiguration", PRIVATE,
                        "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "raw/")),
                        "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 90),
                                "Status", "Enabled")))))))));
    }

    @Test
    void browsersMayPutToPresignedUrlsFromTheSiteOnlyWithTheUploadHeaders() {
        s.template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
                        "AllowedMethods", List.of("PUT"),
                        "AllowedHeaders", Storage.UPLOAD_HEADERS,
                        "AllowedOrigins", List.of(Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("HttpApi.*"), "ApiEndpoint"))))))))));
    }

    @Test
    void theSiteBucketIsPrivateEncryptedAndKept() {
        s.template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "BucketEncryption", SSE_S3,
                        "PublicAccessBlockConfiguration", PRIVATE,
                        "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "site/")))))));
    }

    @Test
    void everyBucketRefusesPlainHttp() {
        s.template.resourcePropertiesCountIs("AWS::S3::BucketPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))), 3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void newReturnsUploadsAndChecksInvokeIngestsLiveAlias() {
        Map<String, Object> notifications = Cfn.properties(Cfn.resources(s, "Custom::S3BucketNotifications").values().iterator().next());
        List<Object> configs = (List<Object>) ((Map<String, Object>) notifications.get("NotificationConfiguration")).get("LambdaFunctionConfigurations");
        assertEquals(3, configs.size());
        for (String prefix : Functions.RAW_PREFIXES) {
            assertTrue(configs.stream().map(Cfn::text).anyMatch(c -> c.contains("\"s3:ObjectCreated:*\"")
                    && c.contains("\"Value\":\"" + prefix + "\"") && c.contains("IngestLive")), prefix + " in " + configs);
        }
    }

    @Test
    void failedAsynchronousInvocationsAreKeptInAnEncryptedQueue() {
        s.template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "SqsManagedSseEnabled", true, "MessageRetentionPeriod", 1_209_600));
    }
}
