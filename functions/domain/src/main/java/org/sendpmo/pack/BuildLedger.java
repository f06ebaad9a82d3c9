package org.sendpmo.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the record of pack builds. */
public interface BuildLedger {

    /** Queues a build the product asked for (demo loading, the offline CLI). */
    default PackBuild queue(String cycleId, Instant requestedAt) {
        return queue(cycleId, requestedAt, org.sendpmo.access.Actor.SYSTEM.username(), null);
    }

    /**
     * @param requestedBy the actor's username
     * @param scheduledOn the day a scheduled build is for, or null when a person asked
     */
    PackBuild queue(String cycleId, Instant requestedAt, String requestedBy, LocalDate scheduledOn);

    Optional<PackBuild> find(String buildId);

    void markRunning(String buildId);

    /** Records how far a running build has got; progress only, so a lost update harms nothing. */
    void markStage(String buildId, BuildStage stage);

    void markSucceeded(String buildId, int pages, String message, Instant finishedAt);

    void markFailed(String buildId, String message, Instant finishedAt);

    /**
     * Ends a running build that wrote every file. Under the cycle's lock: decides with
     * {@link Promotion#decide}, runs {@code movePointer} only when the build is {@link Promotion.Promoted},
     * and records the build's end ({@link Promotion#status()}, {@link Promotion#message}) before the lock is
     * released, so the next build to decide sees it. A failure of {@code movePointer} changes nothing.
     */
    Promotion promote(String buildId, int pages, String summary, Instant finishedAt, Runnable movePointer);

    /** Newest first. */
    List<PackBuild> forCycle(String cycleId);

    /** The latest succeeded build of each cycle that has one. */
    List<PackBuild> currentBuilds();
}
