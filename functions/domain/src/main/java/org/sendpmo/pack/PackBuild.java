package org.sendpmo.pack;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One build of a cycle's pack.
 *
 * @param id          sortable id, also the build's folder: {@code cycles/<cycle>/<id>/}
 * @param finishedAt  null until the build ends
 * @param pages       pages written (0 until it succeeds)
 * @param message     why it failed, or a short summary when it succeeded
 * @param requestedBy who asked for it (an actor's username; {@code system} for scheduled and demo builds)
 * @param stage       how far a running build has got; null before it starts
 * @param scheduledOn the day a scheduled build was queued for (programme time), null for one a person asked for
 */
public record PackBuild(String id, String cycleId, BuildStatus status, Instant requestedAt, Instant finishedAt,
                        int pages, String message, String requestedBy, BuildStage stage, LocalDate scheduledOn) {

    /** A build the product asked for, not yet started. */
    public PackBuild(String id, String cycleId, BuildStatus status, Instant requestedAt, Instant finishedAt, int pages,
                     String message) {
        this(id, cycleId, status, requestedAt, finishedAt, pages, message, org.sendpmo.access.Actor.SYSTEM.username(), null, null);
    }

    public boolean finished() {
        return status == BuildStatus.SUCCEEDED || status == BuildStatus.FAILED;
    }
}
