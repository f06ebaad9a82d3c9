package org.sendpmo.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.scoring.Criterion;

class ReturnValidatorTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    /** The registry port in memory: this test is about validation rules, not storage. */
    private final ProjectDirectory directory = new ProjectDirectory() {
        private final Project p01 = new Project("P01", "Annual review backlog", 3, Set.of(ImprovementArea.C1), "Lead");

        @Override
        public Optional<Project> find(String projectId) {
            return "P01".equals(projectId) ? Optional.of(p01) : Optional.empty();
        }

        @Override
        public List<Project> all() {
            return List.of(p01);
        }

        @Override
        public void save(Project project) {
            throw new UnsupportedOperationException();
        }
    };

    private final ReturnValidator validator = new ReturnValidator(directory, () -> Set.of("K21", "CK1", "K10"));

    private static Map<String, String> allScores(String value) {
        Map<String, String> scores = new HashMap<>();
        for (Criterion c : Criterion.values()) {
            scores.put(c.id(), value);
        }
        return scores;
    }

    @Test
    void aCompleteDraftBecomesAReturn() {
        ReturnDraft draft = new ReturnDraft(" P01 ", "2026-10", "amber", "On track except recruitment",
                List.of(new ReturnDraft.MilestoneDraft("Pilot live", "31/3/2026", "2026-05-15", "no"),
                        new ReturnDraft.MilestoneDraft("", "", "", "")),
                List.of("Recruitment of two caseworkers", ""), allScores("4"), "A. Lead");
        ProjectReturn ret = assertInstanceOf(ReturnValidator.Outcome.Valid.class, validator.validate(draft, NOW)).value();
        assertEquals("P01", ret.projectId());
        assertEquals(Rag.AMBER, ret.overallRag());
        assertEquals(List.of(new Milestone("Pilot live", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 15), false)),
                ret.milestones());
        assertEquals(List.of("Recruitment of two caseworkers"), ret.keyRisksAndIssues());
        assertTrue(ret.scores().missing().isEmpty());
    }

    @Test
    void everyProblemIsReportedOnItsOwnField() {
        Map<String, String> scores = allScores("");
        scores.put("c01", "6");
        scores.put("c02", "two");
        scores.put("c12", "3");
        ReturnDraft draft = new ReturnDraft("P99", "2027-01", "purple", " ",
                List.of(new ReturnDraft.MilestoneDraft("Go live", "31/2/2026", "", "maybe")), List.of(), scores, "");
        List<Problem> problems = assertInstanceOf(ReturnValidator.Outcome.Invalid.class, validator.validate(draft, NOW))
                .problems();
        assertEquals(List.of("projectId", "reportingMonth", "overallRag", "progressCommentary",
                        "milestones[0].baseline", "milestones[0].forecast", "milestones[0].complete",
                        "scores.c12", "scores.c01", "scores.c02", "submittedBy"),
                problems.stream().map(Problem::field).toList());
        assertEquals("purple", problems.get(2).value());
        assertTrue(problems.get(1).message().contains("cannot be after the current month"), problems.get(1).message());
        assertTrue(problems.get(8).message().contains("whole number from 1 to 5"), problems.get(8).message());
    }

    @Test
    void blankScoresAreAllowedAndLeaveTheAssessmentIncomplete() {
        ReturnDraft draft = new ReturnDraft("P01", "2026-11", "GREEN", "Started", List.of(), List.of(),
                Map.of("c01", "5"), "A. Lead");
        ProjectReturn ret = assertInstanceOf(ReturnValidator.Outcome.Valid.class, validator.validate(draft, NOW)).value();
        assertEquals(10, ret.scores().missing().size());
    }

    private static ReturnDraft withNewFields(String percent, ReturnDraft.FinanceDraft finance, List<String> areas,
                                             List<ReturnDraft.KpiValueDraft> kpis) {
        return new ReturnDraft("P01", "2026-10", "AMBER", "On track", List.of(), List.of("None"), allScores("3"), "A. Lead",
                percent, finance, areas, kpis);
    }

    @Test
    void percentCompleteFinanceAreasAndKpiValuesBecomePartOfTheReturn() {
        ReturnDraft draft = withNewFields(" 45% ",
                new ReturnDraft.FinanceDraft("£250,000", "1250000.50", "80000", "medium", "yes"),
                List.of("c6", "C1", "C1", ""),
                List.of(new ReturnDraft.KpiValueDraft("K21", "42.50"), new ReturnDraft.KpiValueDraft("", " "),
                        new ReturnDraft.KpiValueDraft("CK1", "1,310")));
        ProjectReturn ret = assertInstanceOf(ReturnValidator.Outcome.Valid.class, validator.validate(draft, NOW)).value();
        assertEquals(new BigDecimal("45"), ret.percentComplete());
        assertEquals(new ReturnFinance(new BigDecimal("250000"), new BigDecimal("1250000.5"), new BigDecimal("80000"),
                SafetyValveImpact.MEDIUM, true), ret.finance());
        assertEquals(EnumSet.of(ImprovementArea.C1, ImprovementArea.C6), ret.improvementAreas());
        assertEquals(List.of(new KpiValue("CK1", new BigDecimal("1310")), new KpiValue("K21", new BigDecimal("42.5"))),
                ret.kpiValues(), "ordered by KPI id, trailing zeros dropped");
    }

    @Test
    void leftBlankTheNewFieldsAreEmpty() {
        ProjectReturn ret = assertInstanceOf(ReturnValidator.Outcome.Valid.class, validator.validate(
                withNewFields("", ReturnDraft.FinanceDraft.BLANK, List.of(), List.of()), NOW)).value();
        assertNull(ret.percentComplete());
        assertEquals(ReturnFinance.NONE, ret.finance());
        assertTrue(ret.improvementAreas().isEmpty());
        assertTrue(ret.kpiValues().isEmpty());
    }

    @Test
    void badNewFieldsAreEachReportedOnTheirOwnFieldSayingWhatIsAccepted() {
        ReturnDraft draft = withNewFields("150",
                new ReturnDraft.FinanceDraft("-5", "lots", "1000000000000", "Severe", "maybe"),
                List.of("C10"),
                List.of(new ReturnDraft.KpiValueDraft("K99", "3"), new ReturnDraft.KpiValueDraft("K21", ""),
                        new ReturnDraft.KpiValueDraft("K21", "40"), new ReturnDraft.KpiValueDraft("", "12"),
                        new ReturnDraft.KpiValueDraft("K10", "0.4.2")));
        List<Problem> problems = assertInstanceOf(ReturnValidator.Outcome.Invalid.class, validator.validate(draft, NOW))
                .problems();
        assertEquals(List.of("percentComplete", "improvementAreas", "kpiValues[0].kpiId", "kpiValues[1].value",
                        "kpiValues[2].kpiId", "kpiValues[3].kpiId", "kpiValues[4].value",
                        "finance.shortTermSavings", "finance.longTermSavings", "finance.costToDeliver",
                        "finance.safetyValveImpact", "finance.financeAssured"),
                problems.stream().map(Problem::field).toList());
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        problems.forEach(p -> messages.put(p.field(), p.message()));
        assertEquals("Percent complete must be from 0 to 100; it is 150", messages.get("percentComplete"));
        assertEquals("Unknown improvement area 'C10': use C1 to C9", messages.get("improvementAreas"));
        assertEquals("There is no KPI K99 in the programme: use one of its KPI ids, CK1, K10, K21",
                messages.get("kpiValues[0].kpiId"));
        assertEquals("Enter the value of KPI K21 for the month, in the KPI's unit, for example 42.5",
                messages.get("kpiValues[1].value"));
        assertEquals("KPI K21 already has a value (KPI value 2): give one value per KPI", messages.get("kpiValues[2].kpiId"));
        assertEquals("Select the KPI that KPI value 4 is for", messages.get("kpiValues[3].kpiId"));
        assertEquals("The value of KPI K10 must be a number in the KPI's unit, for example 310 or 42.5"
                + " (a percentage as 42.5, not 0.425)", messages.get("kpiValues[4].value"));
        assertEquals("Short-term savings cannot be negative: enter an amount in pounds of 0 or more",
                messages.get("finance.shortTermSavings"));
        assertEquals("Long-term savings must be an amount in pounds, for example 250000 or £250,000, or left blank",
                messages.get("finance.longTermSavings"));
        assertEquals("Cost to deliver must be less than £1,000,000,000,000: enter the amount in pounds",
                messages.get("finance.costToDeliver"));
        assertEquals("Safety Valve impact must be None, Low, Medium or High, or left blank if not yet assessed",
                messages.get("finance.safetyValveImpact"));
        assertEquals("Say whether Finance has assured the figures: yes or no", messages.get("finance.financeAssured"));
    }

    @Test
    void withNoKpisDefinedAKpiValueIsRejectedAndSaysSo() {
        ReturnValidator noKpis = new ReturnValidator(directory);
        List<Problem> problems = assertInstanceOf(ReturnValidator.Outcome.Invalid.class, noKpis.validate(withNewFields("",
                ReturnDraft.FinanceDraft.BLANK, List.of(), List.of(new ReturnDraft.KpiValueDraft("K21", "40"))), NOW)).problems();
        assertEquals("There is no KPI K21 in the programme: no KPIs are defined yet, so leave the KPI values blank",
                problems.get(0).message());
    }

    @Test
    void theKnownKpisAreAskedOnlyWhenAReturnCarriesKpiValues() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        ReturnValidator counting = new ReturnValidator(directory, () -> {
            asked.incrementAndGet();
            return Set.of("K21");
        });
        counting.validate(withNewFields("", ReturnDraft.FinanceDraft.BLANK, List.of(), List.of()), NOW);
        assertEquals(0, asked.get());
        counting.validate(withNewFields("", ReturnDraft.FinanceDraft.BLANK, List.of(),
                List.of(new ReturnDraft.KpiValueDraft("K21", "40"))), NOW);
        assertEquals(1, asked.get());
    }

    @Test
    void aTypedReturnIsCheckedForUnknownKpis() {
        ProjectReturn ret = new ProjectReturn("P01", YearMonth.of(2026, 10), Rag.GREEN, "x", List.of(), List.of(),
                org.sendpmo.scoring.CriterionScores.of(3, 3), "A").with(null, null, Set.of(),
                List.of(new KpiValue("K21", BigDecimal.ONE), new KpiValue("K77", BigDecimal.TEN)));
        assertEquals(List.of("kpiValues[1].kpiId"), validator.check(ret).stream().map(Problem::field).toList());
    }

    @Test
    void aReturnHoldsOneValuePerKpi() {
        ProjectReturn base = new ProjectReturn("P01", YearMonth.of(2026, 10), Rag.GREEN, "x", List.of(), List.of(),
                org.sendpmo.scoring.CriterionScores.of(3, 3), "A");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> base.with(null, null, Set.of(), List.of(new KpiValue("K21", BigDecimal.ONE), new KpiValue("K21", BigDecimal.TEN))));
        assertEquals("KPI K21 has more than one value: a return holds one per KPI", e.getMessage());
        assertEquals(base.with(new BigDecimal("45.0"), null, Set.of(), List.of()), base.with(new BigDecimal("45"), null, Set.of(),
                List.of()), "45.0 and 45 are the same percent complete");
    }
}
