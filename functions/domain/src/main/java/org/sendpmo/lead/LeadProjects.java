package org.sendpmo.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendpmo.access.Actor;
import org.sendpmo.chase.OutstandingReturn;
import org.sendpmo.chase.OutstandingReturns;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.cycle.ReturnSchedule;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnStatus;
import org.sendpmo.returns.ReturnStatusService;

/**
 * A lead's projects with the current cycle's due date and where their return stands. "Not in yet" is the
 * chase page's rule ({@link OutstandingReturns}); a return that is in is judged by the pack's own rule
 * ({@link ReturnStatusService}), so the lead, the office and the board read the same status.
 */
public final class LeadProjects {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ProjectDirectory projects;
    private final CycleRepository cycles;
    private final ReturnLedger ledger;
    private final OutstandingReturns outstanding;
    private final Function<BoardCycle, ReturnSchedule> schedules;
    private final SavedDrafts drafts;

    public LeadProjects(ProjectDirectory projects, CycleRepository cycles, ReturnLedger ledger, OutstandingReturns outstanding,
                        Function<BoardCycle, ReturnSchedule> schedules, SavedDrafts drafts) {
        this.projects = projects;
        this.cycles = cycles;
        this.ledger = ledger;
        this.outstanding = outstanding;
        this.schedules = schedules;
        this.drafts = drafts;
    }

    /** The cycle the rows are for, if any is set up. */
    public Optional<BoardCycle> currentCycle(Instant now) {
        return CurrentCycle.of(cycles.all(), today(now));
    }

    /** The projects this person may report on, in project order. */
    public List<LeadProject> forActor(Actor actor, Instant now) {
        List<Project> own = projects.all().stream().filter(p -> actor.mayReportOn(p.id())).toList();
        Optional<BoardCycle> cycle = currentCycle(now);
        if (cycle.isEmpty()) {
            return own.stream().map(p -> new LeadProject(p, Optional.empty(), Optional.empty(),
                    "No board cycle is set up yet", LeadProject.State.NO_CYCLE, Optional.empty(), Optional.empty())).toList();
        }
        Map<String, OutstandingReturn> notIn = outstanding.forCycle(cycle.get(), now).stream()
                .collect(Collectors.toMap(o -> o.project().id(), o -> o));
        ReturnSchedule schedule = schedules.apply(cycle.get());
        List<LeadProject> rows = new ArrayList<>();
        for (Project p : own) {
            Optional<SavedDraft> draft = drafts.find(actor.username(), p.id(), cycle.get().reportingMonth());
            OutstandingReturn due = notIn.get(p.id());
            rows.add(due != null ? outstandingRow(p, cycle.get(), due, draft) : receivedRow(p, cycle.get(), schedule, draft));
        }
        return rows;
    }

    private static LeadProject outstandingRow(Project p, BoardCycle cycle, OutstandingReturn due, Optional<SavedDraft> draft) {
        boolean late = due.workingDaysLate() > 0;
        String status = late ? "Not received: " + due.workingDaysLate() + " working day" + (due.workingDaysLate() == 1 ? "" : "s")
                + " late" : "Not received yet: due " + DAY.format(due.dueDate());
        return new LeadProject(p, Optional.of(cycle.reportingMonth()), Optional.of(due.dueDate()), status,
                late ? LeadProject.State.LATE : LeadProject.State.DUE, Optional.empty(), draft);
    }

    private LeadProject receivedRow(Project p, BoardCycle cycle, ReturnSchedule schedule, Optional<SavedDraft> draft) {
        ReturnStatus status = new ReturnStatusService().status(p.id(), cycle, schedule, ledger.history(p.id()));
        String words;
        if (status instanceof ReturnStatus.OnTime onTime) {
            words = "Received on time, " + DAY.format(onTime.receivedOn());
        } else if (status instanceof ReturnStatus.Late late) {
            words = "Received late, " + DAY.format(late.receivedOn());
        } else {
            words = "Received after the data cut-off: it will not be in this cycle's pack";
        }
        return new LeadProject(p, Optional.of(cycle.reportingMonth()), Optional.of(schedule.dueDate()), words,
                LeadProject.State.RECEIVED, status.returnUsed().filter(r -> r.content().reportingMonth().equals(cycle.reportingMonth())),
                draft);
    }

    private static LocalDate today(Instant now) {
        return now.atZone(ProgrammeTime.ZONE).toLocalDate();
    }
}
