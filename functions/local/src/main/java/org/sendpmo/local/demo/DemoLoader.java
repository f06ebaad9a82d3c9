package org.sendpmo.local.demo;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.SubmissionOutcome;
import org.sendpmo.risk.RiskRegister;

/**
 * Loads the demo programme on first start: 48 projects, 13 board cycles, 12 months of returns and of the
 * risk register ({@link DemoRisks}).
 * Returns go through the same intake as the form, so each is a raw object in the bucket too and
 * the database can be rebuilt from the bucket; their KPI values reach the KPI store through the intake.
 */
@Singleton
public class DemoLoader {

    private final ProjectDirectory projects;
    private final CycleRepository cycles;
    private final ReturnIntake intake;
    private final ReturnScheduler scheduler;
    private final KpiStore kpis;
    private final RiskRegister register;

    public DemoLoader(ProjectDirectory projects, CycleRepository cycles, ReturnIntake intake, ReturnScheduler scheduler,
                      KpiStore kpis, RiskRegister register) {
        this.kpis = kpis;
        this.register = register;
        this.projects = projects;
        this.cycles = cycles;
        this.intake = intake;
        this.scheduler = scheduler;
    }

    public record Loaded(int projects, int cycles, int returns) {
    }

    public boolean needed() {
        return projects.all().isEmpty();
    }

    public Loaded load() {
        loadReferenceData();
        List<Project> demoProjects = DemoProjects.all();
        int stored = 0;
        for (int m = 0; m < DemoCycles.MONTHS_WITH_RETURNS; m++) {
            YearMonth month = DemoCycles.FIRST_MONTH.plusMonths(m);
            for (int i = 0; i < demoProjects.size(); i++) {
                ProjectReturn ret = DemoReturns.returnFor(demoProjects.get(i), i, month);
                if (ret == null) {
                    continue;
                }
                SubmissionOutcome outcome = intake.store(ret, DemoReturns.receivedAt(i, month));
                if (!(outcome instanceof SubmissionOutcome.Accepted) && !(outcome instanceof SubmissionOutcome.Duplicate)) {
                    throw new IllegalStateException("demo return " + ret.projectId() + " " + month + " not stored: " + reason(outcome));
                }
                stored++;
            }
            // The register as the programme office updates it each month, a few days before the cycle's cut-off.
            LocalDate recordedOn = DemoCycles.forReportingMonth(month, scheduler).cutOff().minusDays(2);
            register.record(DemoRisks.asAt(month, recordedOn), recordedOn);
        }
        kentValues();
        return new Loaded(demoProjects.size(), DemoCycles.all(scheduler).size(), stored);
    }

    /** What a person reads of an outcome that stored nothing: the store's reason, the problems found, or the refusal. */
    private static String reason(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.NotStored notStored) {
            return notStored.reason();
        }
        if (outcome instanceof SubmissionOutcome.Rejected rejected) {
            return rejected.problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        }
        if (outcome instanceof SubmissionOutcome.NotAllowed notAllowed) {
            return notAllowed.message();
        }
        return outcome.toString();
    }

    /** Kent-wide KPI values from January 2024 to the last month with returns, each received early the next month. */
    private void kentValues() {
        YearMonth last = DemoCycles.FIRST_MONTH.plusMonths(DemoCycles.MONTHS_WITH_RETURNS - 1);
        for (YearMonth month = DemoKpis.KENT_FROM; !month.isAfter(last); month = month.plusMonths(1)) {
            java.time.Instant received = month.plusMonths(1).atDay(3).atTime(8, 0)
                    .atZone(ProgrammeTime.ZONE).toInstant();
            for (DemoKpis.KentSeries series : DemoKpis.kentSeries()) {
                kpis.record(series.kpiId(), null, month, series.value(month), received);
            }
        }
    }

    /**
     * Projects, KPI definitions and board cycles only. The raw bucket holds returns, not the registry, so
     * a database rebuilt from the bucket needs these first, the KPIs too since returns carry KPI values
     * (the registry gets its own import in a later issue).
     */
    public void loadReferenceData() {
        DemoProjects.all().forEach(projects::save);
        kpis.saveDefinitions(DemoKpis.all());
        DemoCycles.all(scheduler).forEach(cycles::save);
    }
}
