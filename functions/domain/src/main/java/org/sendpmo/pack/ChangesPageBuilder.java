package org.sendpmo.pack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.board.Change;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;

/** Builds the {@link ChangesPage}, linking each change to its project and to where the pack shows its risk or KPI. */
final class ChangesPageBuilder {

    private ChangesPageBuilder() {
    }

    /** @param previous the cycle compared with, or null (then {@code changes} is empty) */
    static ChangesPage build(BoardCycle previous, List<Change> changes, int rankMoveShown, RiskPage risks, KpiPage kpis,
                             Map<String, Project> projects) {
        Map<String, String> targets = targets(risks, kpis);
        Map<Change.Kind, List<ChangesPage.Row>> byKind = new EnumMap<>(Change.Kind.class);
        for (Change c : changes) {
            ProjectLink project = c.projectId().isEmpty() ? null : ProjectLink.of(c.projectId(), projects);
            String href = c.hasSubject() ? targets.get(key(c.kind(), c.subjectId())) : null;
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(new ChangesPage.Row(c, project, href));
        }
        List<ChangesPage.Section> sections = new ArrayList<>();
        byKind.forEach((kind, rows) -> sections.add(new ChangesPage.Section(kind, rows)));
        return new ChangesPage(previous, rankMoveShown, sections);
    }

    /** Where each open register entry and each KPI is shown, by kind of subject and id. */
    private static Map<String, String> targets(RiskPage risks, KpiPage kpis) {
        Map<String, String> targets = new HashMap<>();
        risks.cells().forEach(cell -> cell.entries().forEach(e ->
                targets.put(key(Change.Kind.RISK_NEW, e.entry().id()), "risks.html#" + e.anchor())));
        kpis.kpis().forEach(r -> targets.put(key(Change.Kind.KPI_REVISED, r.kpi().id()), "kpis.html#" + r.anchor()));
        return targets;
    }

    private static String key(Change.Kind kind, String id) {
        return (kind.aboutRisk() ? "risk:" : "kpi:") + id;
    }
}
