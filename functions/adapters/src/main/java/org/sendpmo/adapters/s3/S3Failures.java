package org.sendpmo.adapters.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.sendpmo.storage.StorageUnavailable;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns SDK failures that a retry may cure into {@link StorageUnavailable} with a readable message. */
final class S3Failures {

    private S3Failures() {
    }

    /**
     * True for failures of the network or the service: no response at all, a 5xx (including 503
     * SlowDown), or 409 ConditionalRequestConflict (S3 says to retry a conditional write that raced
     * another one on the same key).
     */
    static boolean isTransient(SdkException e) {
        if (e instanceof SdkClientException) {
            return true;
        }
        if (e instanceof S3Exception s3) {
            return s3.statusCode() >= 500 || s3.statusCode() == 409;
        }
        return false;
    }

    /**
     * The exception to throw for a failed call: {@link StorageUnavailable} when a retry may cure it;
     * otherwise (403, NoSuchBucket and the like) a configuration fault, which a retry does not cure.
     */
    static RuntimeException failure(String action, String bucket, String key, SdkException e) {
        if (isTransient(e)) {
            return unavailable(action, bucket, key, e);
        }
        return new IllegalStateException("Could not " + action + " s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }

    /** Runs a read of one object; empty when there is no such object. */
    static <T> Optional<T> readIfPresent(String bucket, String key, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("read", bucket, key, e);
        } catch (SdkException e) {
            throw failure("read", bucket, key, e);
        }
    }

    /**
     * Runs a conditional write ({@code If-None-Match: *}).
     *
     * @return false when an object already has the key (412). Keys are content hashes, so it holds the
     *         same bytes; this is also what a retried first PUT that did land sees.
     */
    static boolean writeIfAbsent(String bucket, String key, Runnable write) {
        try {
            write.run();
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                return false;
            }
            throw failure("store", bucket, key, e);
        } catch (SdkException e) {
            throw failure("store", bucket, key, e);
        }
    }

    /** Every key under the prefix, in the UTF-8 binary order S3 lists them, page after page. */
    static List<String> keys(S3Client s3, String bucket, String prefix, int pageSize) {
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(pageSize).build();
        try {
            List<String> keys = new ArrayList<>();
            for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
                keys.add(object.key());
            }
            return keys;
        } catch (SdkException e) {
            throw failure("list", bucket, prefix + "*", e);
        }
    }

    static StorageUnavailable unavailable(String action, String bucket, String key, SdkException e) {
        String target = key == null ? "s3://" + bucket : "s3://" + bucket + "/" + key;
        String reason;
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            reason = "the store answered " + s3.statusCode() + (code == null ? "" : " " + code);
        } else {
            reason = "the store could not be reached (" + firstLine(e.getMessage()) + ")";
        }
        return new StorageUnavailable("Could not " + action + " " + target + ": " + reason + ". Try again in a few minutes.", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
