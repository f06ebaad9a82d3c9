package org.sendpmo.pack;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The PDF board pack of one build, asked of the pack-builder (at sign-off, or by the programme office from the
 * cycle page): being made, made, or failed and why. Kept in the database so a failure is shown, not lost in a
 * log; it never touches the final mark.
 *
 * @param finishedAt null while being made
 * @param message    for a made PDF its size, for a failed one the reason; "" while being made
 */
public record BoardPackJob(String cycleId, String buildId, Status status, String requestedBy, Instant requestedAt,
                           Instant finishedAt, String message) {

    /** The longest message kept (the database column). */
    public static final int MAX_MESSAGE = 1000;

    /**
     * A job still being made after this long has been lost (the pack-builder's run is limited to 15 minutes, and a
     * function that died records nothing), so it may be asked for again.
     */
    public static final Duration LOST_AFTER = Duration.ofMinutes(15);

    public enum Status { MAKING, READY, FAILED }

    public BoardPackJob {
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(buildId, "buildId");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
    }

    /** Asked for now and not yet made. */
    public static BoardPackJob asked(String cycleId, String buildId, String by, Instant at) {
        return new BoardPackJob(cycleId, buildId, Status.MAKING, by, at, null, "");
    }

    public BoardPackJob ready(BuildManifest.FileEntry pdf, Instant at) {
        return new BoardPackJob(cycleId, buildId, Status.READY, requestedBy, requestedAt, at,
                BoardPack.PATH + ", " + (pdf.size() + 1023) / 1024 + " KB");
    }

    public BoardPackJob failed(String reason, Instant at) {
        return new BoardPackJob(cycleId, buildId, Status.FAILED, requestedBy, requestedAt, at, reason);
    }

    /** Being made for longer than {@link #LOST_AFTER}: its run ended without a word. */
    public boolean lost(Instant now) {
        return status == Status.MAKING && requestedAt.plus(LOST_AFTER).isBefore(now);
    }

    /** Whether the office may ask for it again: after a failure, or when it has been lost. */
    public boolean canAskAgain(Instant now) {
        return status == Status.FAILED || lost(now);
    }
}
