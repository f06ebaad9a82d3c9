package org.sendpmo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.scoring.Band;

class CoverageAnalysisTest {

    private static Project project(String id, ImprovementArea... areas) {
        return new Project(id, "Project " + id, 1, Set.of(areas), "Lead");
    }

    @Test
    void anAreaWithNoProjectOrOnlyLowOrUnscoredProjectsIsAGap() {
        List<Project> projects = List.of(
                project("P01", ImprovementArea.C1, ImprovementArea.C2),
                project("P02", ImprovementArea.C2),
                project("P03", ImprovementArea.C3),
                project("P04", ImprovementArea.C3));
        Map<String, Band> bands = Map.of("P01", Band.HIGH, "P02", Band.LOW, "P03", Band.LOW);

        List<AreaCoverage> coverage = CoverageAnalysis.of(projects, bands);

        assertEquals(9, coverage.size());
        AreaCoverage c1 = coverage.get(0);
        assertFalse(c1.gap());
        AreaCoverage c2 = coverage.get(1);
        assertFalse(c2.gap(), "P01 is High");
        assertEquals(List.of("P01", "P02"), c2.projects().stream().map(m -> m.project().id()).toList());
        AreaCoverage c3 = coverage.get(2);
        assertTrue(c3.gap(), "P03 Low and P04 not scored");
        assertEquals("None of the 2 projects serving C3 is in the High or Medium priority band", c3.gapReason());
        assertEquals(null, c3.projects().get(1).band());
        AreaCoverage c8 = coverage.get(7);
        assertTrue(c8.gap());
        assertEquals("No active project serves C8", c8.gapReason());
    }
}
