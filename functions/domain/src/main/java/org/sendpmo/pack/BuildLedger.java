package org.sendpmo.pack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the record of pack builds. */
public interface BuildLedger {

    PackBuild queue(String cycleId, Instant requestedAt);

    Optional<PackBuild> find(String buildId);

    void markRunning(String buildId);

    void markSucceeded(String buildId, int pages, String message, Instant finishedAt);

    void markFailed(String buildId, String message, Instant finishedAt);

    /** Newest first. */
    List<PackBuild> forCycle(String cycleId);

    /** The latest succeeded build of each cycle that has one. */
    List<PackBuild> currentBuilds();
}
