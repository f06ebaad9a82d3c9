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
 * the cycle's lock. Marking final is the sign-off: the PDF board pack of the final build is asked for in the same
 * transaction and, once the mark is committed, the pack-builder is started to make it ({@link BoardPackRequests});
 * the mark does not wait for it, and nothing that happens to the PDF undoes it.
 */
public final class FinalPacks {

    /** The audit log's detail column; a longer reason would be cut there. */
    public static final int MAX_REASON = 1000;

    private final PackFinality finality;
    private final BuildLedger builds;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final BoardPackRequests boardPacks;

    public FinalPacks(PackFinality finality, BuildLedger builds, AuditLog audit, Transactions transactions, Clock clock,
                      BoardPackRequests boardPacks) {
        this.boardPacks = boardPacks;
        this.finality = finality;
        this.builds = builds;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public FinalOutcome markFinal(String cycleId, String buildId, Actor actor) {
        Marked marked = mark(cycleId, buildId, actor);
        if (marked.pdf() == null) {
            return marked.outcome();
        }
        // After the commit: the mark stands whatever becomes of the PDF; its job records that for the cycle page.
        BoardPackJob pdf = boardPacks.launch(marked.pdf());
        return new FinalOutcome.Done(((FinalOutcome.Done) marked.outcome()).state(), BoardPackRequests.note(pdf));
    }

    private Marked mark(String cycleId, String buildId, Actor actor) {
        return transactions.inTransaction(() -> {
            Optional<CyclePublication> locked = finality.lock(cycleId);
            if (locked.isEmpty()) {
                return new Marked(new FinalOutcome.NotFound("There is no board cycle '" + cycleId + "'"), null);
            }
            Optional<PackBuild> build = builds.find(buildId).filter(b -> b.cycleId().equals(cycleId));
            if (build.isEmpty()) {
                return new Marked(new FinalOutcome.NotFound("Cycle " + cycleId + " has no build '" + buildId + "'"), null);
            }
            CyclePublication state = locked.get();
            Optional<String> refusal = refusal(state, build.get());
            if (refusal.isPresent()) {
                return new Marked(new FinalOutcome.Refused(refusal.get()), null);
            }
            Instant at = clock.instant();
            finality.markFinal(cycleId, new CyclePublication.FinalMark(buildId, actor.username(), at));
            audit.record(new AuditEntry(at, actor.username(), AuditAction.BUILD_MARKED_FINAL, cycleId, buildId,
                    "pack marked final for the meeting"));
            BoardPackJob pdf = boardPacks.queue(cycleId, buildId, actor);
            return new Marked(new FinalOutcome.Done(finality.read(cycleId).orElseThrow()), pdf);
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

    /** A final mark's outcome, and the PDF job it queued when it was done. */
    private record Marked(FinalOutcome outcome, BoardPackJob pdf) {
    }
}
