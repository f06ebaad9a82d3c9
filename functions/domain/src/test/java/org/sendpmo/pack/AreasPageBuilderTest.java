package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.board.CoverageAnalysis;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.TestRiskSettings;
import org.sendpmo.scoring.Band;

class AreasPageBuilderTest {

    private static final BoardCycle CYCLE = new BoardCycle("sb-2026-11", Board.STSB, "Strategic Board", LocalDate.of(2026, 11, 18),
            YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));

    private static RiskEntry naming(String id, EntryStatus status, ImprovementArea area) {
        RiskEntry e = TestRiskSettings.entry(id, org.sendpmo.risk.RiskCategory.OTHER, 2, 2, LocalDate.of(2026, 11, 1),
                List.of(), List.of(), status, "P1");
        return new RiskEntry(e.id(), e.type(), e.title(), e.description(), e.category(), e.owner(), e.projectIds(),
                Set.of(area), e.inherent(), e.current(), e.target(), e.controls(), e.actions(), e.kris(), e.escalation(),
                e.lastReviewed(), e.status());
    }

    @Test
    void eachAreaCarriesItsProjectsBandsGapAndTheOpenEntriesNamingIt() {
        Project alpha = new Project("P1", "Alpha", 1, Set.of(ImprovementArea.C1, ImprovementArea.C2), "Lead");
        Project beta = new Project("P2", "Beta", 1, Set.of(ImprovementArea.C2), "Lead");
        Map<String, Project> projects = Map.of("P1", alpha, "P2", beta);
        RiskPage risks = new RiskPageBuilder(new RiskAssessor(TestRiskSettings.v1())).build(
                List.of(naming("R1", EntryStatus.OPEN, ImprovementArea.C2), naming("R2", EntryStatus.CLOSED, ImprovementArea.C2)),
                CYCLE, projects);
        KpiPage kpis = new KpiPage(CYCLE.reportingMonth(), java.math.BigDecimal.TEN, List.of());
        AreasPage page = AreasPageBuilder.build(CoverageAnalysis.of(List.of(alpha, beta), Map.of("P1", Band.LOW)), risks,
                kpis, projects);

        assertEquals(9, page.areas().size());
        AreasPage.Area c2 = page.areas().get(1);
        assertEquals("area-C2", c2.anchor());
        assertEquals(List.of("projects/P1.html", "projects/P2.html"), c2.projects().stream().map(s -> s.project().href()).toList());
        assertEquals(List.of(0L, 0L, 1L, 1L), List.of(c2.high(), c2.medium(), c2.low(), c2.notScored()));
        assertEquals("None of the 2 projects serving C2 is in the High or Medium priority band", c2.gapReason());
        assertEquals(List.of("R1"), c2.risks().stream().map(e -> e.entry().id()).toList(), "the closed R2 is left out");
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"),
                page.gaps().stream().map(a -> a.area().code()).toList(), "no area has a High or Medium project");
    }
}
