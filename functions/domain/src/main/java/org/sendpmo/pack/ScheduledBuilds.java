package org.sendpmo.pack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendpmo.access.Actor;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;

/**
 * "What is due now": queues today's scheduled build of every cycle the {@link BuildSchedule} says is due, as
 * the product ({@link Actor#SYSTEM}). A final pack is skipped, and so is a cycle whose build for today is
 * already queued, so the check may run as often as its caller likes. The caller runs or launches what is
 * queued.
 */
public final class ScheduledBuilds {

    private final CycleRepository cycles;
    private final BuildSchedule schedule;
    private final BuildRequests requests;
    private final Clock clock;

    public ScheduledBuilds(CycleRepository cycles, BuildSchedule schedule, BuildRequests requests, Clock clock) {
        this.cycles = cycles;
        this.schedule = schedule;
        this.requests = requests;
        this.clock = clock;
    }

    /** The checks made and what each came to, in the order of the cycle list (latest meeting first). */
    public record Run(LocalDate day, List<PackBuild> queued, List<String> skipped) {
        public Run {
            queued = List.copyOf(queued);
            skipped = List.copyOf(skipped);
        }
    }

    public Run queueDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE);
        List<PackBuild> queued = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (BoardCycle cycle : cycles.all()) {
            if (!schedule.dueOn(cycle, today)) {
                continue;
            }
            BuildRequestOutcome outcome = requests.queue(cycle.id(), Actor.SYSTEM, today);
            if (outcome instanceof BuildRequestOutcome.Queued q) {
                queued.add(q.build());
            } else if (outcome instanceof BuildRequestOutcome.Refused r) {
                skipped.add(r.message());
            }
        }
        return new Run(today, queued, skipped);
    }
}
