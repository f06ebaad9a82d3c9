package org.sendpmo.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.scoring.Band;

/** Methodology §6: coverage of the nine improvement areas by active projects, with the gaps called out. */
public final class CoverageAnalysis {

    private CoverageAnalysis() {
    }

    /**
     * @param activeProjects the projects active in the cycle
     * @param bands          each scored project's band by project id (absent when not scored)
     */
    public static List<AreaCoverage> of(List<Project> activeProjects, Map<String, Band> bands) {
        List<AreaCoverage> coverage = new ArrayList<>();
        for (ImprovementArea area : ImprovementArea.values()) {
            List<AreaCoverage.Mapped> mapped = activeProjects.stream()
                    .filter(p -> p.improvementAreas().contains(area))
                    .sorted(Comparator.comparing(Project::id))
                    .map(p -> new AreaCoverage.Mapped(p, bands.get(p.id())))
                    .toList();
            boolean highOrMedium = mapped.stream().anyMatch(m -> m.band() == Band.HIGH || m.band() == Band.MEDIUM);
            String reason = mapped.isEmpty() ? "No active project serves " + area.code()
                    : highOrMedium ? "" : "None of the " + mapped.size() + " projects serving " + area.code()
                    + " is in the High or Medium priority band";
            coverage.add(new AreaCoverage(area, mapped, !reason.isEmpty(), reason));
        }
        return coverage;
    }
}
