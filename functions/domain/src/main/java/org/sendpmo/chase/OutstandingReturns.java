package org.sendpmo.chase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.cycle.ReturnSchedule;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.pack.CycleIndicators;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnReceipt;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnStatusService;
import org.sendpmo.returns.StatusVerdict;
import org.sendpmo.returns.Timeliness;

/**
 * Which projects' returns for a cycle are outstanding: nothing for the cycle's reporting month has been
 * received by now. The pack's own rule ({@link ReturnStatusService}) decides "missing" by the cut-off and
 * says what would be carried forward; a return that came after the cut-off is not missing from the lead's
 * point of view, so it is not chased either, although the pack will not use it.
 */
public final class OutstandingReturns {

    private final ProjectDirectory projects;
    private final ReturnLedger ledger;
    private final ReturnStatusService statuses;
    private final ReturnScheduler scheduler;
    private final Function<BoardCycle, ReturnSchedule> schedules;
    private final ProjectLeads leads;
    private final ChaseLog chases;

    /** @param schedules a cycle's due date and cut-off as the pack works them out ({@link CycleIndicators#schedule}) */
    public OutstandingReturns(ProjectDirectory projects, ReturnLedger ledger, ReturnStatusService statuses,
                              ReturnScheduler scheduler, Function<BoardCycle, ReturnSchedule> schedules,
                              ProjectLeads leads, ChaseLog chases) {
        this.projects = projects;
        this.ledger = ledger;
        this.statuses = statuses;
        this.scheduler = scheduler;
        this.schedules = schedules;
        this.leads = leads;
        this.chases = chases;
    }

    /** Every outstanding return of the cycle, in project order. */
    public List<OutstandingReturn> forCycle(BoardCycle cycle, Instant now) {
        ReturnSchedule schedule = schedules.apply(cycle);
        Map<String, List<ReturnReceipt>> byProject = receivedByNow(cycle, now);
        Map<String, Chase> lastChases = lastChases(cycle.id());
        LocalDate today = now.atZone(ProgrammeTime.ZONE).toLocalDate();
        List<OutstandingReturn> outstanding = new ArrayList<>();
        for (Project project : projects.all()) {
            if (!project.activeIn(cycle.reportingMonth())) {
                continue; // closed before this month: no return is expected
            }
            List<ReturnReceipt> own = byProject.getOrDefault(project.id(), List.of());
            missing(project, cycle, schedule, own).ifPresent(status -> outstanding.add(new OutstandingReturn(project,
                    leads.forProject(project.id()), schedule.dueDate(), scheduler.workingDaysLate(schedule, today),
                    status.missingDescription(), Optional.ofNullable(lastChases.get(project.id())))));
        }
        return outstanding;
    }

    /** The project's outstanding return for the cycle, if it is outstanding. */
    public Optional<OutstandingReturn> find(BoardCycle cycle, String projectId, Instant now) {
        return forCycle(cycle, now).stream().filter(o -> o.project().id().equals(projectId)).findFirst();
    }

    /** Is there such a project at all? */
    public boolean isProject(String projectId) {
        return projects.find(projectId).isPresent();
    }

    /** The status judged from receipts alone: a missing return's description needs no return read in full. */
    private Optional<StatusVerdict> missing(Project project, BoardCycle cycle, ReturnSchedule schedule,
                                            List<ReturnReceipt> own) {
        YearMonth month = cycle.reportingMonth();
        if (own.stream().anyMatch(r -> r.reportingMonth().equals(month))) {
            return Optional.empty();
        }
        StatusVerdict status = statuses.judge(project.id(), cycle, schedule, own);
        return status.timeliness() == Timeliness.MISSING ? Optional.of(status) : Optional.empty();
    }

    /** A receipt for every version received by now for the months the pack looks back over, per project. */
    private Map<String, List<ReturnReceipt>> receivedByNow(BoardCycle cycle, Instant now) {
        YearMonth month = cycle.reportingMonth();
        Map<String, List<ReturnReceipt>> byProject = new HashMap<>();
        ledger.receiptsBetween(month.minusMonths(CycleIndicators.CARRY_FORWARD_MONTHS), month, now)
                .forEach(r -> byProject.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r));
        return byProject;
    }

    private Map<String, Chase> lastChases(String cycleId) {
        Map<String, Chase> last = new LinkedHashMap<>();
        chases.forCycle(cycleId).forEach(c -> last.putIfAbsent(c.projectId(), c)); // newest first
        return last;
    }
}
