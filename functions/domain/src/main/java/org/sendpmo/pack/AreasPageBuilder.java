package org.sendpmo.pack;

import java.util.List;
import java.util.Map;
import org.sendpmo.board.AreaCoverage;
import org.sendpmo.project.Project;

/** Builds the {@link AreasPage} from the coverage analysis, the risks page's open entries and the KPIs page. */
final class AreasPageBuilder {

    private AreasPageBuilder() {
    }

    static AreasPage build(List<AreaCoverage> coverage, RiskPage risks, KpiPage kpis, Map<String, Project> projects) {
        List<RiskPage.Entry> open = risks.cells().stream().flatMap(c -> c.entries().stream()).toList();
        return new AreasPage(coverage.stream().map(c -> new AreasPage.Area(c.area(),
                c.projects().stream().map(m -> new AreasPage.Served(ProjectLink.of(m.project().id(), projects), m.band())).toList(),
                c.gap(), c.gapReason(),
                open.stream().filter(e -> e.entry().improvementAreas().contains(c.area())).toList(),
                kpis.kpis().stream().filter(k -> k.kpi().areas().contains(c.area())).toList())).toList());
    }
}
