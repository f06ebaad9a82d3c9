package org.sendpmo.uploads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the uploads and their outcomes, in the database. */
public interface UploadStore {

    /**
     * Records a pending upload unless one with its key exists (the person's request and the storage
     * event may race to record the same object).
     *
     * @return the upload as recorded: this one, or the one that was there first
     */
    Upload addIfAbsent(Upload pending);

    Optional<Upload> find(String id);

    Optional<Upload> findByKey(UploadKey key);

    /**
     * Marks a pending upload as being read, inside the caller's transaction, so that a second reader
     * of the same upload (a redelivered event) waits, then finds it no longer pending.
     *
     * @return false when it is not pending (already read)
     */
    boolean claim(String id);

    /** Stores the outcome; the upload must have been claimed in this transaction, or be a dry run. */
    void complete(String id, UploadOutcome outcome);

    /** Pending uploads of a kind to record (not dry runs) requested before {@code before}, oldest first. */
    List<Upload> pendingBefore(UploadKind kind, Instant before);

    /** The newest uploads first. */
    List<Upload> recent(int limit);
}
