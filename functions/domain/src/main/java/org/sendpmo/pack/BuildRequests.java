package org.sendpmo.pack;

import java.time.Clock;
import java.time.LocalDate;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.storage.Transactions;

/**
 * "Build the pack": queue a build for the cycle, with its audit entry, then start it without waiting. A
 * cycle whose pack is final is refused; the check and the queueing happen under the cycle's lock, so a
 * request racing a final mark is either queued before it or refused after it.
 */
public final class BuildRequests {

    private final BuildLedger builds;
    private final PackFinality finality;
    private final BuildLauncher launcher;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public BuildRequests(BuildLedger builds, PackFinality finality, BuildLauncher launcher, AuditLog audit,
                         Transactions transactions, Clock clock) {
        this.builds = builds;
        this.finality = finality;
        this.launcher = launcher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues a build a person asked for and starts it. */
    public BuildRequestOutcome request(String cycleId, Actor actor) {
        BuildRequestOutcome outcome = queue(cycleId, actor, null);
        if (outcome instanceof BuildRequestOutcome.Queued queued) {
            launcher.launch(queued.build());
        }
        return outcome;
    }

    /**
     * Queues a build without starting it (the pack-builder function runs it itself).
     *
     * @param scheduledOn for a scheduled build, the day it is for: refused when that day's is already queued
     */
    public BuildRequestOutcome queue(String cycleId, Actor actor, LocalDate scheduledOn) {
        return transactions.inTransaction(() -> {
            CyclePublication state = finality.lock(cycleId).orElse(null);
            if (state == null) {
                return new BuildRequestOutcome.NoSuchCycle(cycleId);
            }
            if (state.isFinal()) {
                CyclePublication.FinalMark f = state.finalMark();
                return new BuildRequestOutcome.Refused("The pack for " + cycleId + " is final (build " + f.buildId() + ", marked by "
                        + f.by() + " at " + f.at() + "), so it cannot be built again. Reopen it, giving a reason, to build it.");
            }
            if (scheduledOn != null && builds.forCycle(cycleId).stream().anyMatch(b -> scheduledOn.equals(b.scheduledOn()))) {
                return new BuildRequestOutcome.Refused("The scheduled build of " + cycleId + " for " + scheduledOn + " is already queued");
            }
            PackBuild build = builds.queue(cycleId, clock.instant(), actor.username(), scheduledOn);
            audit.record(new AuditEntry(clock.instant(), actor.username(), AuditAction.BUILD_REQUESTED, cycleId, build.id(),
                    scheduledOn == null ? "build requested" : "scheduled build for " + scheduledOn));
            return new BuildRequestOutcome.Queued(build);
        });
    }
}
