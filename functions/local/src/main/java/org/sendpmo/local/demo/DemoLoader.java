package org.sendpmo.local.demo;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.SubmissionOutcome;

/**
 * Loads the demo programme on first start: 48 projects, 13 board cycles and 12 months of returns.
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

    public DemoLoader(ProjectDirectory projects, CycleRepository cycles, ReturnIntake intake, ReturnScheduler scheduler,
                      KpiStore kpis) {
        this.kpis = kpis;
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
                    throw new IllegalStateException("demo return " + ret.projectId() + " " + month + " not stored: " + outcome);
                }
                stored++;
            }
        }
        return new Loaded(demoProjects.size(), DemoCycles.all(scheduler).size(), stored);
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
