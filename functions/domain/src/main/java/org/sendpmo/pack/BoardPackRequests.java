package org.sendpmo.pack;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.storage.Transactions;

/**
 * Asking the pack-builder for a build's PDF board pack: at sign-off ({@link FinalPacks}), again after a failure,
 * or early, for the current build before it is marked final, so the office can check it. The job is recorded
 * first, then started without waiting ({@link BuildLauncher#launchBoardPack}); the pack-builder makes the PDF
 * ({@link BoardPackJobs}) and records how it went.
 */
public final class BoardPackRequests {

    private final PackFinality finality;
    private final BoardPackJobStore jobs;
    private final BuildLauncher launcher;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public BoardPackRequests(PackFinality finality, BoardPackJobStore jobs, BuildLauncher launcher, AuditLog audit,
                             Transactions transactions, Clock clock) {
        this.finality = finality;
        this.jobs = jobs;
        this.launcher = launcher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records that the build's PDF is asked for; call it inside the transaction that decided so (the final mark). */
    public BoardPackJob queue(String cycleId, String buildId, Actor actor) {
        BoardPackJob job = BoardPackJob.asked(cycleId, buildId, actor.username(), clock.instant());
        jobs.save(job);
        return job;
    }

    /**
     * Starts a queued job, after its transaction has committed. A pack-builder that cannot be started fails the
     * job, recorded and returned rather than thrown: what asked for it (a final mark) stands either way.
     */
    public BoardPackJob launch(BoardPackJob queued) {
        try {
            launcher.launchBoardPack(queued);
            return queued;
        } catch (RuntimeException e) {
            BoardPackJob failed = queued.failed("The pack builder could not be started: " + e.getMessage(), clock.instant());
            try {
                jobs.save(failed);
            } catch (RuntimeException notRecorded) {
                // The job stays "being made" and counts as lost after BoardPackJob.LOST_AFTER, when it can be asked again.
                e.addSuppressed(notRecorded);
            }
            return failed;
        }
    }

    /** The job of the PDF the cycle's page shows: the final build's, else the current build's; empty when not asked. */
    public Optional<BoardPackJob> shown(CyclePublication state) {
        return target(state).flatMap(jobs::find);
    }

    /**
     * "Make the PDF board pack" from the cycle page: for the final build, or for the current build before the
     * sign-off. Refused while it is being made or once it is made.
     */
    public FinalOutcome ask(String cycleId, Actor actor) {
        Asked asked = transactions.inTransaction(() -> {
            Optional<CyclePublication> locked = finality.lock(cycleId);
            if (locked.isEmpty()) {
                return new Asked(new FinalOutcome.NotFound("There is no board cycle '" + cycleId + "'"), null);
            }
            Optional<String> buildId = target(locked.get());
            if (buildId.isEmpty()) {
                return new Asked(new FinalOutcome.Refused("Cycle " + cycleId
                        + " has no published pack yet, so there is no PDF board pack to make. Build the pack first."), null);
            }
            Instant now = clock.instant();
            Optional<BoardPackJob> earlier = jobs.find(buildId.get()).filter(j -> !j.canAskAgain(now));
            if (earlier.isPresent()) {
                return new Asked(new FinalOutcome.Refused(refusal(earlier.get())), null);
            }
            BoardPackJob job = queue(cycleId, buildId.get(), actor);
            audit.record(new AuditEntry(now, actor.username(), AuditAction.BOARD_PACK_REQUESTED, cycleId, buildId.get(),
                    "PDF board pack asked for"));
            return new Asked(new FinalOutcome.Done(locked.get()), job);
        });
        if (asked.job() == null) {
            return asked.outcome();
        }
        return new FinalOutcome.Done(((FinalOutcome.Done) asked.outcome()).state(), note(launch(asked.job())));
    }

    /** What the caller is told about a job just started. */
    static String note(BoardPackJob job) {
        return job.status() == BoardPackJob.Status.FAILED
                ? "The PDF board pack of build " + job.buildId() + " could not be asked for: " + job.message()
                : "The PDF board pack of build " + job.buildId() + " is being made.";
    }

    private static Optional<String> target(CyclePublication state) {
        return Optional.ofNullable(state.isFinal() ? state.finalMark().buildId() : state.currentBuildId());
    }

    private static String refusal(BoardPackJob job) {
        if (job.status() == BoardPackJob.Status.READY) {
            return "The PDF board pack of build " + job.buildId() + " is already made (" + job.message() + ").";
        }
        return "The PDF board pack of build " + job.buildId() + " is being made (asked for by " + job.requestedBy() + " at "
                + job.requestedAt() + "). If it has not come after " + BoardPackJob.LOST_AFTER.toMinutes()
                + " minutes it can be asked for again.";
    }

    private record Asked(FinalOutcome outcome, BoardPackJob job) {
    }
}
