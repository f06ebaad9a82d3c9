package org.sendpmo.adapters.s3;

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
