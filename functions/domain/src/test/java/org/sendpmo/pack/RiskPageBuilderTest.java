package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;
import org.sendpmo.risk.ActionStatus;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.KriPolarity;
import org.sendpmo.risk.KriReading;
import org.sendpmo.risk.KriStatus;
import org.sendpmo.risk.MitigatingAction;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRating;
import org.sendpmo.risk.TestRiskSettings;

class RiskPageBuilderTest {

    /** Cut-off 11 November 2026, reporting month October 2026. */
    private static final BoardCycle CYCLE = new BoardCycle("sb-2026-11", Board.STSB, "Strategic Board", LocalDate.of(2026, 11, 18),
            YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));
    private static final LocalDate RECENT = LocalDate.of(2026, 11, 1);
    private static final Map<String, Project> PROJECTS = Map.of("P1", new Project("P1", "Alpha", 1, Set.of(), "Lead"));

    private final RiskPageBuilder builder = new RiskPageBuilder(new RiskAssessor(TestRiskSettings.v1()));

    private static RiskEntry escalated(RiskEntry e) {
        return new RiskEntry(e.id(), e.type(), e.title(), e.description(), e.category(), e.owner(), e.projectIds(),
                e.improvementAreas(), e.inherent(), e.current(), e.target(), e.controls(), e.actions(), e.kris(),
                EscalationStatus.ESCALATED_TO_STSB, e.lastReviewed(), e.status());
    }

    @Test
    void theHeatMapCountsOpenEntriesByCurrentLikelihoodAndImpactWithTheCellsRating() {
        List<RiskEntry> register = List.of(TestRiskSettings.risk("R1", 4, 5, RECENT), TestRiskSettings.risk("R2", 4, 5, RECENT),
                TestRiskSettings.risk("R3", 1, 1, RECENT),
                TestRiskSettings.entry("R4", RiskCategory.OTHER, 4, 5, RECENT, List.of(), List.of(), EntryStatus.CLOSED, "P1"));
        RiskPage page = builder.build(register, CYCLE, PROJECTS);

        assertEquals(List.of(5, 4, 3, 2, 1), page.heatMap().stream().map(RiskPage.HeatRow::likelihood).toList());
        RiskPage.HeatCell l4i5 = page.heatMap().get(1).cells().get(4);
        assertEquals(List.of(4, 5, 2, 20), List.of(l4i5.likelihood(), l4i5.impact(), l4i5.count(), l4i5.score()));
        assertEquals(RiskRating.HIGH, l4i5.rating());
        assertEquals("cell-l4-i5", l4i5.anchor());
        assertEquals(RiskRating.MEDIUM, page.heatMap().get(2).cells().get(3).rating(), "3 × 4 = 12 is Medium");
        assertEquals(RiskRating.LOW, page.heatMap().get(4).cells().get(0).rating());
        assertEquals(3, page.heatMap().stream().flatMap(r -> r.cells().stream()).mapToInt(RiskPage.HeatCell::count).sum(),
                "the closed entry is not counted");
        assertEquals(List.of("cell-l4-i5", "cell-l1-i1"), page.cells().stream().map(g -> g.cell().anchor()).toList());
        assertEquals(List.of("R1", "R2"), page.cells().get(0).entries().stream().map(e -> e.entry().id()).toList());
        assertEquals(3, page.openCount());
        assertEquals(1, page.closedCount());
    }

    @Test
    void theListsHoldWhatMethodologySection2Flags() {
        MitigatingAction late = new MitigatingAction("Recruit", "HR", LocalDate.of(2026, 11, 1), ActionStatus.OPEN);
        MitigatingAction done = new MitigatingAction("Plan", "PM", LocalDate.of(2026, 10, 1), ActionStatus.COMPLETE);
        Kri red = new Kri("Vacancies", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN,
                new KriReading(BigDecimal.TEN, YearMonth.of(2026, 10)));
        Kri amber = new Kri("Attendance", KriPolarity.LOWER_IS_WORSE, BigDecimal.TEN, BigDecimal.ONE,
                new KriReading(BigDecimal.valueOf(5), YearMonth.of(2026, 10)));
        Kri stale = new Kri("Stale", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN,
                new KriReading(BigDecimal.TEN, YearMonth.of(2026, 9)));
        List<RiskEntry> register = List.of(
                // 16 > appetite 12; High reviewed 41 days before the cut-off: 11 days past the 30 allowed
                TestRiskSettings.entry("R1", RiskCategory.OTHER, 4, 4, LocalDate.of(2026, 10, 1), List.of(late, done),
                        List.of(amber), EntryStatus.OPEN, "P1", "P9"),
                escalated(TestRiskSettings.entry("R2", RiskCategory.OTHER, 2, 3, RECENT, List.of(), List.of(red, stale),
                        EntryStatus.OPEN)));
        RiskPage page = builder.build(register, CYCLE, PROJECTS);

        assertEquals(List.of("R1"), page.outsideAppetite().stream().map(e -> e.entry().id()).toList());
        assertEquals(4, page.outsideAppetite().get(0).aboveAppetiteBy());
        RiskPage.ReviewRow review = page.reviewOverdue().get(0);
        assertEquals(List.of(30L, 11L), List.of((long) review.periodDays(), review.daysOverdue()));
        assertEquals(1, page.actionsOverdue().size());
        assertEquals("Recruit", page.actionsOverdue().get(0).action().description());
        assertEquals(10, page.actionsOverdue().get(0).daysOverdue());
        assertEquals(List.of("Vacancies RED", "Attendance AMBER"), page.kris().stream()
                .map(k -> k.kri().kri().name() + " " + k.kri().status().name()).toList(), "red first; no-data left off");
        assertEquals(List.of("R2"), page.escalated().stream().map(e -> e.entry().id()).toList());
        List<ProjectLink> links = page.outsideAppetite().get(0).projects();
        assertEquals("projects/P1.html", links.get(0).href());
        assertFalse(links.get(1).linked(), "P9 is not in the project list");
        assertTrue(page.kris().stream().noneMatch(k -> k.kri().status() == KriStatus.NO_DATA));
    }

    @Test
    void anchorsAreSafeAndUniqueEvenWhenIdsDifferOnlyInPunctuation() {
        Set<String> taken = new HashSet<>();
        assertEquals("risk-R-1", RiskPageBuilder.anchor("R/1", taken));
        assertEquals("risk-R-1-2", RiskPageBuilder.anchor("R 1", taken));
        assertEquals("risk-R-1-3", RiskPageBuilder.anchor("R-1", taken));
    }

    @Test
    void appetitesListEveryCategoryAndSayWhichHaveTheirOwn() {
        RiskPage page = builder.build(List.of(), CYCLE, PROJECTS);
        assertEquals(RiskCategory.values().length, page.appetites().size());
        RiskPage.Appetite complaints = page.appetites().stream().filter(a -> a.category() == RiskCategory.COMPLAINTS)
                .findFirst().orElseThrow();
        assertEquals(6, complaints.appetite());
        assertTrue(complaints.own());
        assertEquals(List.of(RiskRating.HIGH, RiskRating.MEDIUM, RiskRating.LOW),
                page.reviewPeriods().stream().map(RiskPage.ReviewPeriod::rating).toList());
        assertTrue(page.cells().isEmpty());
    }
}
