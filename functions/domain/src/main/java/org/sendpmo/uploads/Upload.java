package org.sendpmo.uploads;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One uploaded file: its raw object, what the person called it, and (once read) its outcome.
 *
 * @param fileName    the name the person's file had, for display only; never part of a key or a path
 * @param requestedAt when the person uploaded it: returns in it are dated from this, and a month
 *                    "in the future" is judged against it
 * @param outcome     null while {@link UploadState#PENDING}
 */
public record Upload(UploadKey key, String fileName, long sizeBytes, Instant requestedAt, UploadState state,
                     UploadOutcome outcome) {

    public Upload {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(state, "state");
        fileName = fileName == null ? "" : fileName;
        if ((state == UploadState.PENDING) != (outcome == null)) {
            throw new IllegalArgumentException("an upload has an outcome exactly when it has been read: " + state);
        }
    }

    public static Upload pending(UploadKey key, String fileName, long sizeBytes, Instant requestedAt) {
        return new Upload(key, fileName, sizeBytes, requestedAt, UploadState.PENDING, null);
    }

    public Upload completed(UploadOutcome result) {
        return new Upload(key, fileName, sizeBytes, requestedAt,
                result.accepted() ? UploadState.ACCEPTED : UploadState.REJECTED, result);
    }

    public String id() {
        return key.uploadId();
    }

    public UploadKind kind() {
        return key.kind();
    }

    public boolean dryRun() {
        return key.dryRun();
    }

    public Optional<UploadOutcome> result() {
        return Optional.ofNullable(outcome);
    }
}
