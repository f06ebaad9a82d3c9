package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.board.ChangeDetector;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.scoring.TestMethodology;

class PackAssemblerTest {

    private static final String BOARD = "Strategic Board";
    private final PackAssembler assembler = new PackAssembler(new PriorityScorer(TestMethodology.v1()),
            new SiteInfo("Programme", "Council"), new ChangeDetector(3), TestIndicators.v1(),
            new org.sendpmo.scoring.stability.RankStability(TestMethodology.v1(),
                    org.sendpmo.scoring.stability.TestStabilitySettings.settings(1_000, 11L, 1, 3)),
            new org.sendpmo.board.RiskChanges(new org.sendpmo.risk.RiskAssessor(org.sendpmo.risk.TestRiskSettings.v1())),
            new BoardPagesAssembler(new org.sendpmo.risk.RiskAssessor(org.sendpmo.risk.TestRiskSettings.v1()),
                    new org.sendpmo.kpi.KpiTrendService(new org.sendpmo.kpi.KpiTrendSettings(java.math.BigDecimal.valueOf(5))),
                    TestMethodRules.v1()));
    private final List<Project> projects = List.of(
            new Project("P01", "Alpha", 1, Set.of(ImprovementArea.C1), "Lead"),
            new Project("P02", "Beta", 1, Set.of(ImprovementArea.C1, ImprovementArea.C8), "Lead"));

    private static RecordedReturn recorded(String id, YearMonth month, Rag rag, int... scores) {
        ProjectReturn r = new ProjectReturn(id, month, rag, "Progress", List.of(), List.of(), CriterionScores.of(scores), "Lead");
        return new RecordedReturn(RawKey.forReturn(r, (id + month + rag).getBytes()), 1, Instant.parse("2026-10-02T09:00:00Z"), r);
    }

    @Test
    void theModelCarriesCoverageAndTheChangesSinceThePreviousCycleWithTheirCauses() {
        BoardCycle september = new BoardCycle("sb-2026-10", Board.STSB, BOARD, LocalDate.of(2026, 10, 21), YearMonth.of(2026, 9), LocalDate.of(2026, 10, 14));
        BoardCycle october = new BoardCycle("sb-2026-11", Board.STSB, BOARD, LocalDate.of(2026, 11, 18), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));
        List<RecordedReturn> before = List.of(
                recorded("P01", YearMonth.of(2026, 9), Rag.GREEN, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5),
                recorded("P02", YearMonth.of(2026, 9), Rag.GREEN, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        List<RecordedReturn> now = List.of(
                recorded("P01", YearMonth.of(2026, 10), Rag.RED, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5),
                recorded("P02", YearMonth.of(2026, 10), Rag.GREEN, 1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 1));

        PackModel model = assembler.assemble(new PackAssembler.Inputs(october, "b1", Instant.parse("2026-11-12T09:00:00Z"),
                projects, now, ReturnWindow.of(now), List.of(), Set.of(), java.util.Map.of(), new PackAssembler.PreviousCycle(september, assembler.standings(projects, before),
                        List.of())));

        assertEquals(september, model.previousCycle());
        assertEquals(List.of("P01 RAG Green→Red", "P02 BAND Medium→Low"), model.changes().stream()
                .map(c -> c.projectId() + " " + c.kind().name() + " " + c.from() + "→" + c.to()).toList());
        assertTrue(model.changes().get(1).cause().startsWith("Return " + now.get(1).reference() + " changed c01 3 → 1"));
        assertEquals("No active project serves C2", model.coverage().get(1).gapReason());
        assertTrue(model.coverage().get(7).gap(), "C8 is served only by P02, now Low");
        // P01 is High. Its confidence steps down twice for the Red RAG and once for data quality 40 (no milestones
        // or risks listed, no KPI value, finance not assured): Amber/Red, so it is on the attention list.
        CycleIndicators.Indicators p01 = model.projectPages().get(0).indicators();
        assertEquals(40, p01.dataQuality().score());
        assertEquals(org.sendpmo.confidence.ConfidenceRating.AMBER_RED, p01.confidence().inForce());
        assertEquals(List.of("P01: Delivery confidence Amber/Red"), model.attention().stream()
                .map(a -> a.project().id() + ": " + String.join(", ", a.reasons())).toList());
        assertEquals(java.time.LocalDate.of(2026, 11, 4), model.dueDate(), "10 working days before 18 November");
    }

    @Test
    void aRecordedRiskAKpiValueAndAnAssessedRatingFeedTheIndicatorsAndTheAttentionList() {
        BoardCycle october = new BoardCycle("sb-2026-11", Board.STSB, BOARD, LocalDate.of(2026, 11, 18), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));
        List<RecordedReturn> now = List.of(
                recorded("P01", YearMonth.of(2026, 10), Rag.RED, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5),
                recorded("P02", YearMonth.of(2026, 10), Rag.GREEN, 1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 1));
        org.sendpmo.risk.RiskEntry risk = new org.sendpmo.risk.RiskEntry("R-1", org.sendpmo.risk.EntryType.RISK,
                "Workforce gaps", "", org.sendpmo.risk.RiskCategory.RECRUITMENT_WORKFORCE, "Head of SEND",
                List.of("P01"), Set.of(), new org.sendpmo.risk.RiskScore(5, 5), new org.sendpmo.risk.RiskScore(5, 5),
                new org.sendpmo.risk.RiskScore(2, 2), List.of(), List.of(), List.of(),
                org.sendpmo.risk.EscalationStatus.NONE, LocalDate.of(2026, 11, 1), org.sendpmo.risk.EntryStatus.OPEN);
        org.sendpmo.confidence.AssessedConfidence green = new org.sendpmo.confidence.AssessedConfidence(
                org.sendpmo.confidence.ConfidenceRating.GREEN, "PMO lead", LocalDate.of(2026, 11, 12), "Recovery plan agreed");

        PackModel model = assembler.assemble(new PackAssembler.Inputs(october, "b1", Instant.parse("2026-11-12T09:00:00Z"),
                projects, now, ReturnWindow.of(now), List.of(risk), Set.of("P01"), java.util.Map.of("P01", green), null));

        CycleIndicators.Indicators p01 = model.projectPages().get(0).indicators();
        assertTrue(p01.dataQuality().failed().stream()
                .noneMatch(f -> f.check() == org.sendpmo.returns.DataQualityCheck.NO_KPI_VALUE), "P01 has a KPI value");
        CycleIndicators.Indicators p02 = model.projectPages().get(1).indicators();
        assertTrue(p02.dataQuality().failed().stream()
                .anyMatch(f -> f.check() == org.sendpmo.returns.DataQualityCheck.NO_KPI_VALUE), "P02 has none");
        assertEquals(org.sendpmo.confidence.ConfidenceRating.GREEN, p01.confidence().inForce());
        assertTrue(p01.confidence().assessedDiffers());
        // Assessed Green replaces the evidence's rating in force, so only the risk puts P01 on the list.
        assertEquals(List.of("P01: 1 risk outside appetite"), model.attention().stream()
                .map(a -> a.project().id() + ": " + String.join(", ", a.reasons())).toList());
    }
}
