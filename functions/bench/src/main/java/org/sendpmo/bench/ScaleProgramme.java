package org.sendpmo.bench;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.local.demo.DemoCycles;
import org.sendpmo.local.demo.DemoKpis;
import org.sendpmo.local.demo.DemoProjects;
import org.sendpmo.local.demo.DemoReturns;
import org.sendpmo.local.demo.DemoRisks;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRegister;

/**
 * A programme of any size in the real database (H2 in PostgreSQL mode, through the product's JDBC
 * adapters), made of the demo's deterministic data: project {@code i} is a copy of demo project
 * {@code i mod 48} with its own id, every month's return comes from {@link DemoReturns} (about one in
 * fifteen missing), the risk register is the demo's 25 entries copied until it has the asked-for number
 * of entries, each copy linked to that copy's projects, recorded every month; the Kent-wide KPI values too.
 *
 * <p>Returns are recorded straight into the ledger and their KPI values into the KPI store, as the intake
 * does after it has written the raw object: the raw bucket plays no part in a build, and 360,000 S3 writes
 * would make the 10,000-project set-up take far longer than the builds it prepares.
 */
final class ScaleProgramme {

    /** Months of returns end with the month before this cycle's reporting month's successor. */
    final int projects;
    final int months;
    final int risks;
    final BoardCycle cycle;
    private final ApplicationContext context;
    private final List<Project> all = new ArrayList<>();

    ScaleProgramme(ApplicationContext context, int projects, int months, int risks) {
        this.context = context;
        this.projects = projects;
        this.months = months;
        this.risks = risks;
        ReturnScheduler scheduler = context.getBean(ReturnScheduler.class);
        this.cycle = DemoCycles.forReportingMonth(firstMonth().plusMonths(months - 1L), scheduler);
    }

    /** Starts after the demo's first month so every month is "months since start" 0 or more for the generator. */
    private static YearMonth firstMonth() {
        return DemoCycles.FIRST_MONTH;
    }

    /** @return how many returns were recorded */
    int load() {
        List<Project> demo = DemoProjects.all();
        ProjectDirectory directory = context.getBean(ProjectDirectory.class);
        for (int i = 0; i < projects; i++) {
            Project template = demo.get(i % demo.size());
            Project p = new Project(String.format("P%05d", i + 1), template.name() + " (" + (i / demo.size() + 1) + ")",
                    template.operationalGroup(), template.improvementAreas(), template.lead());
            directory.save(p);
            all.add(p);
        }
        context.getBean(KpiStore.class).saveDefinitions(DemoKpis.all());
        ReturnScheduler scheduler = context.getBean(ReturnScheduler.class);
        CycleRepository cycles = context.getBean(CycleRepository.class);
        cycles.save(DemoCycles.forReportingMonth(cycle.reportingMonth().minusMonths(1), scheduler));
        cycles.save(cycle);
        int recorded = 0;
        for (int m = 0; m < months; m++) {
            YearMonth month = firstMonth().plusMonths(m);
            recorded += recordReturns(month);
            LocalDate recordedOn = DemoCycles.forReportingMonth(month, scheduler).cutOff().minusDays(2);
            context.getBean(RiskRegister.class).record(register(month, recordedOn), recordedOn);
            recordKentValues(month);
        }
        return recorded;
    }

    private int recordReturns(YearMonth month) {
        int recorded = 0;
        for (int i = 0; i < projects; i++) {
            ProjectReturn ret = DemoReturns.returnFor(all.get(i), i, month);
            if (ret != null) {
                record(ret, DemoReturns.receivedAt(i % 48, month));
                recorded++;
            }
        }
        return recorded;
    }

    /** What the intake records once the raw object is written: the return's version, then its KPI values. */
    RecordedReturn record(ProjectReturn ret, Instant receivedAt) {
        byte[] canonical = context.getBean(ReturnCodec.class).encode(ret);
        RecordedReturn recorded = context.getBean(ReturnLedger.class).record(ret, RawKey.forReturn(ret, canonical), receivedAt);
        KpiStore kpis = context.getBean(KpiStore.class);
        for (KpiValue value : ret.kpiValues()) {
            kpis.record(value.kpiId(), ret.projectId(), ret.reportingMonth(), value.value(), receivedAt);
        }
        return recorded;
    }

    private void recordKentValues(YearMonth month) {
        Instant received = month.plusMonths(1).atDay(3).atTime(8, 0)
                .atZone(ProgrammeTime.ZONE).toInstant();
        for (DemoKpis.KentSeries series : DemoKpis.kentSeries()) {
            context.getBean(KpiStore.class).record(series.kpiId(), null, month, series.value(month), received);
        }
    }

    /** The demo register copied until it has {@link #risks} entries; copy k links to the k-th block of 48 projects. */
    private List<RiskEntry> register(YearMonth month, LocalDate recordedOn) {
        List<RiskEntry> demo = DemoRisks.asAt(month, recordedOn);
        List<RiskEntry> entries = new ArrayList<>();
        for (int copy = 0; entries.size() < risks && !demo.isEmpty(); copy++) {
            for (RiskEntry e : demo) {
                if (entries.size() == risks) {
                    break;
                }
                entries.add(copyOf(e, copy));
            }
        }
        return entries;
    }

    private RiskEntry copyOf(RiskEntry e, int copy) {
        List<String> linked = new ArrayList<>();
        for (String demoId : e.projectIds()) {
            int index = copy * 48 + Integer.parseInt(demoId.substring(1)) - 1;
            if (index < projects) {
                linked.add(String.format("P%05d", index + 1));
            }
        }
        return new RiskEntry(e.id() + "-" + String.format("%03d", copy + 1), e.type(), e.title(), e.description(), e.category(),
                e.owner(), linked, e.improvementAreas(), e.inherent(), e.current(), e.target(), e.controls(), e.actions(),
                e.kris(), e.escalation(), e.lastReviewed(), e.status());
    }

    /**
     * One project lead resubmits: the return in force of the project in the middle (by id) of those with a
     * complete assessment, its commentary reworded, received a day before the cut-off.
     */
    ProjectReturn resubmitOne() {
        List<RecordedReturn> inForce = context.getBean(ReturnLedger.class)
                .latestPerProject(cycle.reportingMonth(), cycle.receivedBefore()).stream()
                .filter(r -> r.content().scores().missing().isEmpty())
                .sorted(Comparator.comparing(r -> r.content().projectId())).toList();
        ProjectReturn was = inForce.get(inForce.size() / 2).content();
        ProjectReturn changed = new ProjectReturn(was.projectId(), was.reportingMonth(), was.overallRag(),
                was.progressCommentary() + " Reworded after review.", was.milestones(), was.keyRisksAndIssues(), was.scores(),
                was.submittedBy(), was.percentComplete(), was.finance(), was.improvementAreas(), was.kpiValues());
        record(changed, cycle.receivedBefore().minusSeconds(24 * 3600));
        return changed;
    }

    Map<String, Object> describe() {
        return Map.of("projects", projects, "months", months, "risks", risks, "cycle", cycle.id());
    }
}
