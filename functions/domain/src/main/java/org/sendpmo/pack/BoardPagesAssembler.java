package org.sendpmo.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.board.AreaCoverage;
import org.sendpmo.board.Change;
import org.sendpmo.kpi.KpiTrendService;
import org.sendpmo.project.Project;
import org.sendpmo.risk.RiskAssessor;

/** Builds the {@link BoardPages} of one cycle's pack from the same inputs as the rest of the pack. */
public final class BoardPagesAssembler {

    private final RiskPageBuilder risks;
    private final KpiPageBuilder kpis;
    private final MethodRules rules;

    public BoardPagesAssembler(RiskAssessor risks, KpiTrendService kpiTrends, MethodRules rules) {
        this.risks = new RiskPageBuilder(risks);
        this.kpis = new KpiPageBuilder(kpiTrends);
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param coverage   the coverage of the nine areas, as the home page shows it
     * @param indicators per project, its return status, data quality, risk exposure and delivery confidence
     * @param dueDate    the day the cycle's returns were due
     * @param changes    every change since the previous cycle, as the model lists them
     */
    public BoardPages assemble(PackAssembler.Inputs in, List<AreaCoverage> coverage,
                               Map<String, CycleIndicators.Indicators> indicators, java.time.LocalDate dueDate,
                               List<Change> changes) {
        Map<String, Project> projects = new LinkedHashMap<>();
        in.projects().forEach(p -> projects.put(p.id(), p));
        RiskPage riskPage = risks.build(in.register(), in.cycle(), projects);
        KpiPage kpiPage = kpis.build(in.kpiDefinitions(), in.kpiValues(), in.cycle().reportingMonth(), projects,
                in.previous() == null ? null : in.previous().cycle().receivedBefore());
        return new BoardPages(riskPage, AreasPageBuilder.build(coverage, riskPage, kpiPage, projects), kpiPage,
                rules, AccessibilityStatement.of(kpiPage),
                // No chase is recorded yet: the cycle workflow that records them is a later issue.
                ReturnsPageBuilder.build(in.cycle(), dueDate, projects, indicators, Map.of()),
                ChangesPageBuilder.build(previous(in), changes, rules.rankMoveShown(), riskPage, kpiPage, projects));
    }

    private static org.sendpmo.cycle.BoardCycle previous(PackAssembler.Inputs in) {
        return in.previous() == null ? null : in.previous().cycle();
    }
}
