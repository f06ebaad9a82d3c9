package org.sendpmo.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.returns.Returns.complete;
import static org.sendpmo.returns.Returns.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataQualityScorerTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final RiskFlags HIGH_OUTSIDE_APPETITE = new RiskFlags(true);
    /** Forecast 20 Mar, not complete: past its forecast at the end of March. */
    private static final Milestone OVERDUE = new Milestone("Business case signed off", LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 3, 20), false);
    /** Forecast 31 Mar, the last day of the month: not yet past. */
    private static final Milestone DUE_ON_LAST_DAY = new Milestone("Consultation closes", LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 31), false);
    private static final Milestone DONE_LATE = new Milestone("Panel recruited", LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 3, 1), true);

    private final DataQualityScorer scorer = new DataQualityScorer();

    private static final ReturnFinance ASSURED = new ReturnFinance(new BigDecimal("250000"), null, new BigDecimal("80000"),
            SafetyValveImpact.LOW, true);

    /**
     * @param kpi     a KPI value for the month, given the way the table row does not otherwise say: here, in the KPI store
     * @param finance the return's own figures are marked as assured
     */
    private static DataQualityScorer.Inputs inputs(ProjectReturn ret, Optional<ProjectReturn> previous, RiskFlags risks,
                                                   boolean kpi, boolean finance) {
        ProjectReturn scored = finance ? ret.with(ret.percentComplete(), ASSURED, ret.improvementAreas(), ret.kpiValues()) : ret;
        return new DataQualityScorer.Inputs(scored, previous, risks, kpi);
    }

    static Stream<Arguments> handScored() {
        ProjectReturn clean = complete(MARCH, "Pilot started in two districts");
        ProjectReturn febSame = complete(FEBRUARY, "Pilot started in two districts");
        ProjectReturn febOther = complete(FEBRUARY, "Pilot planned");
        ProjectReturn greenOverdue = content(MARCH, Rag.GREEN, "On track", List.of(OVERDUE), List.of("None"), "A. Lead");
        ProjectReturn greenFine = content(MARCH, Rag.GREEN, "On track", List.of(DUE_ON_LAST_DAY, DONE_LATE), List.of("None"), "A. Lead");
        ProjectReturn amberOverdue = content(MARCH, Rag.AMBER, "Behind", List.of(OVERDUE), List.of("None"), "A. Lead");
        ProjectReturn empty = content(MARCH, Rag.GREEN, "  ", List.of(), List.of(), "");
        ProjectReturn emptyGreenSameAsEmpty = content(FEBRUARY, Rag.GREEN, "", List.of(), List.of(), "");
        return Stream.of(
                // return, previous month, risks, KPI value?, finance assured?   score  failed checks in order
                Arguments.of(clean, Optional.empty(), RiskFlags.NONE, true, true, 100, List.of()),
                Arguments.of(clean, Optional.of(febOther), RiskFlags.NONE, true, true, 100, List.of()),
                Arguments.of(clean, Optional.of(febSame), RiskFlags.NONE, true, true, 80,
                        List.of(DataQualityCheck.COMMENTARY_UNCHANGED)),
                Arguments.of(clean, Optional.empty(), RiskFlags.NONE, false, true, 80, List.of(DataQualityCheck.NO_KPI_VALUE)),
                Arguments.of(clean, Optional.empty(), RiskFlags.NONE, true, false, 80,
                        List.of(DataQualityCheck.FINANCE_NOT_ASSURED)),
                Arguments.of(clean, Optional.empty(), RiskFlags.NONE, false, false, 60,
                        List.of(DataQualityCheck.NO_KPI_VALUE, DataQualityCheck.FINANCE_NOT_ASSURED)),
                Arguments.of(greenOverdue, Optional.empty(), RiskFlags.NONE, true, true, 80,
                        List.of(DataQualityCheck.GREEN_DESPITE_WARNINGS)),
                Arguments.of(greenFine, Optional.empty(), RiskFlags.NONE, true, true, 100, List.of()),
                Arguments.of(greenFine, Optional.empty(), HIGH_OUTSIDE_APPETITE, true, true, 80,
                        List.of(DataQualityCheck.GREEN_DESPITE_WARNINGS)),
                // both warning signs are still one failed check
                Arguments.of(greenOverdue, Optional.empty(), HIGH_OUTSIDE_APPETITE, true, true, 80,
                        List.of(DataQualityCheck.GREEN_DESPITE_WARNINGS)),
                // Amber is honest about the overdue milestone
                Arguments.of(amberOverdue, Optional.empty(), HIGH_OUTSIDE_APPETITE, true, true, 100, List.of()),
                // four empty fields are one failed check; an empty commentary is not also "unchanged"
                Arguments.of(empty, Optional.of(emptyGreenSameAsEmpty), RiskFlags.NONE, true, true, 80,
                        List.of(DataQualityCheck.REQUIRED_FIELD_EMPTY)),
                // every check fails: 100 − 5 × 20 = 0
                Arguments.of(content(MARCH, Rag.GREEN, "Same as ever", List.of(OVERDUE), List.of(), ""),
                        Optional.of(content(FEBRUARY, Rag.GREEN, "Same  as\never ", List.of(), List.of(), "")),
                        HIGH_OUTSIDE_APPETITE, false, false, 0,
                        List.of(DataQualityCheck.REQUIRED_FIELD_EMPTY, DataQualityCheck.COMMENTARY_UNCHANGED,
                                DataQualityCheck.GREEN_DESPITE_WARNINGS, DataQualityCheck.NO_KPI_VALUE,
                                DataQualityCheck.FINANCE_NOT_ASSURED)));
    }

    @ParameterizedTest
    @MethodSource("handScored")
    void scoresMatchTheHandComputedTable(ProjectReturn ret, Optional<ProjectReturn> previous, RiskFlags risks, boolean kpi,
                                         boolean finance, int expected, List<DataQualityCheck> checks) {
        DataQualityScore score = scorer.score(inputs(ret, previous, risks, kpi, finance));
        assertEquals(expected, score.score());
        assertEquals(checks, score.failed().stream().map(DataQualityScore.FailedCheck::check).toList());
    }

    @Test
    void commentaryDifferingOnlyInSpacingIsUnchangedButNewWordsAreNot() {
        Optional<ProjectReturn> february = Optional.of(complete(FEBRUARY, "Pilot started in two districts"));

        assertEquals(List.of(DataQualityCheck.COMMENTARY_UNCHANGED),
                failedChecks(complete(MARCH, "  Pilot started\n in  two\tdistricts "), february));
        assertEquals(List.of(), failedChecks(complete(MARCH, "Pilot started in three districts"), february));
    }

    private List<DataQualityCheck> failedChecks(ProjectReturn ret, Optional<ProjectReturn> previous) {
        return scorer.score(inputs(ret, previous, RiskFlags.NONE, true, true)).failed().stream()
                .map(DataQualityScore.FailedCheck::check).toList();
    }

    @Test
    void eachFailedCheckIsExplainedInWords() {
        DataQualityScore score = scorer.score(inputs(
                content(MARCH, Rag.GREEN, "Same as ever", List.of(OVERDUE), List.of(), ""),
                Optional.of(complete(FEBRUARY, "Same as ever")), HIGH_OUTSIDE_APPETITE, false, false));
        List<String> explanations = score.failed().stream().map(DataQualityScore.FailedCheck::explanation).toList();
        assertEquals(List.of(
                "Empty: key risks and issues, submitted by. Fill in every required field (write \"None\" if there are no risks or issues)",
                "The progress commentary is word for word the same as 2026-02's: describe this month's progress",
                "Overall RAG is Green but the project has a High risk outside appetite; milestone \"Business case signed off\""
                        + " was forecast for 2026-03-20 and is not complete: review the RAG status",
                "No KPI value was recorded for 2026-03: submit the project's KPI figures for the month",
                "The financial figures are not marked as assured by Finance: ask the Finance Business Partner to assure them"),
                explanations);
        assertEquals("Required field empty", score.failed().get(0).check().label());
    }

    @Test
    void aKpiValueCarriedByTheReturnPassesTheKpiCheckWithNothingInTheStore() {
        ProjectReturn withKpi = complete(MARCH, "Pilot started").with(null, ASSURED, java.util.Set.of(),
                List.of(new KpiValue("K21", new BigDecimal("42.5"))));
        DataQualityScore score = scorer.score(new DataQualityScorer.Inputs(withKpi, Optional.empty(), RiskFlags.NONE, false));
        assertEquals(100, score.score());
        DataQualityScore storeOnly = scorer.score(new DataQualityScorer.Inputs(
                complete(MARCH, "Pilot started").with(null, ASSURED, java.util.Set.of(), List.of()),
                Optional.empty(), RiskFlags.NONE, true));
        assertEquals(100, storeOnly.score(), "a value the KPI store already holds for the month counts too");
    }

    @Test
    void financeAssuranceIsReadFromTheReturn() {
        ProjectReturn figuresNotAssured = complete(MARCH, "Pilot started").with(null,
                new ReturnFinance(new BigDecimal("250000"), null, null, SafetyValveImpact.HIGH, false), java.util.Set.of(), List.of());
        assertEquals(List.of(DataQualityCheck.FINANCE_NOT_ASSURED), scorer.score(new DataQualityScorer.Inputs(
                figuresNotAssured, Optional.empty(), RiskFlags.NONE, true)).failed().stream()
                .map(DataQualityScore.FailedCheck::check).toList());
        assertEquals(List.of(DataQualityCheck.FINANCE_NOT_ASSURED), scorer.score(new DataQualityScorer.Inputs(
                complete(MARCH, "No finance given"), Optional.empty(), RiskFlags.NONE, true)).failed().stream()
                .map(DataQualityScore.FailedCheck::check).toList(), "a return without finance is not assured");
    }

    @Test
    void thePreviousReturnMustBeTheMonthBefore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inputs(
                complete(MARCH, "x"), Optional.of(complete(YearMonth.of(2026, 1), "x")), RiskFlags.NONE, true, true));
        assertEquals("previous return is P01 2026-01, not P01 2026-02", e.getMessage());
    }

    @Test
    void aScoreMustMatchItsChecks() {
        assertThrows(IllegalArgumentException.class, () -> new DataQualityScore(100,
                List.of(new DataQualityScore.FailedCheck(DataQualityCheck.NO_KPI_VALUE, "none"))));
        assertTrue(DataQualityScore.of(List.of()).failed().isEmpty());
    }
}
