package org.sendpmo.pack;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.Transactions;

/**
 * Marking a cycle's pack final for the meeting, and reopening it. Only the current build (the pack board
 * members read) can be marked final, so the pointer already names it and stays there: builds are refused
 * until the pack is reopened with a reason. Each change and its audit entry are one transaction, taken under
 * the cycle's lock. Marking final is the sign-off: once the mark is committed the PDF board pack of the final
 * build is made ({@link BoardPackSignOff}) and added to it.
 */
public final class FinalPacks {

    /** The audit log's detail column; a longer reason would be cut there. */
    public static final int MAX_REASON = 1000;

    /** How a final mark's note begins when the PDF board pack could not be made. */
    public static final String NO_BOARD_PACK = "The pack is final, but its PDF board pack could not be made: ";

    private final PackFinality finality;
    private final BuildLedger builds;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final BoardPackSignOff boardPacks;

    public FinalPacks(PackFinality finality, BuildLedger builds, AuditLog audit, Transactions transactions, Clock clock,
                      BoardPackSignOff boardPacks) {
        this.boardPacks = boardPacks;
        this.finality = finality;
        this.builds = builds;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public FinalOutcome markFinal(String cycleId, String buildId, Actor actor) {
        FinalOutcome outcome = mark(cycleId, buildId, actor);
        if (!(outcome instanceof FinalOutcome.Done done)) {
            return outcome;
        }
        // After the commit: the mark stands even if the PDF cannot be made, and saying so is the caller's job.
        try {
            BuildManifest.FileEntry pdf = boardPacks.make(cycleId, buildId);
            return new FinalOutcome.Done(done.state(), "The PDF board pack (" + BoardPack.PATH + ", "
                    + (pdf.size() + 1023) / 1024 + " KB) has been added to build " + buildId + ".");
        } catch (RuntimeException e) {
            return new FinalOutcome.Done(done.state(), NO_BOARD_PACK + e.getMessage());
        }
    }

    private FinalOutcome mark(String cycleId, String buildId, Actor actor) {
        return transactions.inTransaction(() -> {
            Optional<CyclePublication> locked = finality.lock(cycleId);
            if (locked.isEmpty()) {
                return new FinalOutcome.NotFound("There is no board cycle '" + cycleId + "'");
            }
            Optional<PackBuild> build = builds.find(buildId).filter(b -> b.cycleId().equals(cycleId));
            if (build.isEmpty()) {
                return new FinalOutcome.NotFound("Cycle " + cycleId + " has no build '" + buildId + "'");
            }
            CyclePublication state = locked.get();
            Optional<String> refusal = refusal(state, build.get());
            if (refusal.isPresent()) {
                return new FinalOutcome.Refused(refusal.get());
            }
            Instant at = clock.instant();
            finality.markFinal(cycleId, new CyclePublication.FinalMark(buildId, actor.username(), at));
            audit.record(new AuditEntry(at, actor.username(), AuditAction.BUILD_MARKED_FINAL, cycleId, buildId,
                    "pack marked final for the meeting"));
            return new FinalOutcome.Done(finality.read(cycleId).orElseThrow());
        });
    }

    public FinalOutcome reopen(String cycleId, String reason, Actor actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return new FinalOutcome.Rejected(new Problem("reason", "", "Enter why the pack is being reopened"));
        }
        if (why.length() > MAX_REASON) {
            return new FinalOutcome.Rejected(new Problem("reason", why, "The reason must be " + MAX_REASON
                    + " characters or fewer; it is " + why.length()));
        }
        return transactions.inTransaction(() -> {
            Optional<CyclePublication> locked = finality.lock(cycleId);
            if (locked.isEmpty()) {
                return new FinalOutcome.NotFound("There is no board cycle '" + cycleId + "'");
            }
            if (!locked.get().isFinal()) {
                return new FinalOutcome.Refused("The pack for " + cycleId + " is not final, so there is nothing to reopen");
            }
            Instant at = clock.instant();
            finality.reopen(cycleId, actor.username(), at, why);
            audit.record(new AuditEntry(at, actor.username(), AuditAction.BUILD_REOPENED, cycleId,
                    locked.get().finalMark().buildId(), why));
            return new FinalOutcome.Done(finality.read(cycleId).orElseThrow());
        });
    }

    private static Optional<String> refusal(CyclePublication state, PackBuild build) {
        if (state.isFinal()) {
            return Optional.of("The pack for " + state.cycleId() + " is already final (build " + state.finalMark().buildId()
                    + "). Reopen it first to mark another build final.");
        }
        if (build.status() != BuildStatus.SUCCEEDED) {
            return Optional.of("Build " + build.id() + " is " + build.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only a succeeded build can be marked final");
        }
        if (!build.id().equals(state.currentBuildId())) {
            return Optional.of("Only the current pack can be marked final: build " + state.currentBuildId()
                    + " is current, not " + build.id());
        }
        return Optional.empty();
    }
}
