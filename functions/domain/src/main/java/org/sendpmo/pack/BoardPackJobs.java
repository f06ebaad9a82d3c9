package org.sendpmo.pack;

import java.time.Clock;
import java.util.Optional;
import org.sendpmo.access.Actor;

/**
 * Runs a PDF board pack job in the pack-builder: makes the PDF of the build ({@link BoardPackSignOff}) and records
 * the job as made or failed with the reason, so the cycle page shows it. A failure is recorded and returned, not
 * thrown: asking again is the office's choice, and the final mark is never touched.
 */
public final class BoardPackJobs {

    private final BoardPackJobStore jobs;
    private final BuildLedger builds;
    private final BoardPackSignOff signOff;
    private final Clock clock;

    public BoardPackJobs(BoardPackJobStore jobs, BuildLedger builds, BoardPackSignOff signOff, Clock clock) {
        this.jobs = jobs;
        this.builds = builds;
        this.signOff = signOff;
        this.clock = clock;
    }

    /**
     * Makes the build's PDF. A job nobody recorded (the function invoked by hand) is recorded as asked for by the system.
     *
     * @return the job as it ended; empty when the cycle has no such build
     */
    public Optional<BoardPackJob> run(String cycleId, String buildId) {
        if (builds.find(buildId).filter(b -> b.cycleId().equals(cycleId)).isEmpty()) {
            return Optional.empty();
        }
        BoardPackJob asked = jobs.find(buildId)
                .orElseGet(() -> BoardPackJob.asked(cycleId, buildId, Actor.SYSTEM.username(), clock.instant()));
        BoardPackJob ended;
        try {
            ended = asked.ready(signOff.make(cycleId, buildId), clock.instant());
        } catch (RuntimeException | OutOfMemoryError e) {
            // Out of memory too: the render's pages and PDF are what fill the heap, and they are gone once it unwinds,
            // so the failure can still be recorded (a pack too large for the function's memory) instead of lost.
            ended = asked.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        }
        jobs.save(ended);
        return Optional.of(ended);
    }
}
