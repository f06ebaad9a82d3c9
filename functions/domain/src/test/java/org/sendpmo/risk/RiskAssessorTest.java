package org.sendpmo.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.risk.TestRiskSettings.entry;
import static org.sendpmo.risk.TestRiskSettings.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;

/** Cycle under test: reporting month November 2026, data cut-off Friday 4 December 2026. */
class RiskAssessorTest {

    static final LocalDate CUT_OFF = LocalDate.of(2026, 12, 4);
    static final YearMonth MONTH = YearMonth.of(2026, 11);

    private final RiskAssessor assessor = new RiskAssessor(TestRiskSettings.v1());

    /**
     * Review periods: High 30, Medium 90, Low 180 days. Reviewed exactly N days before the cut-off is
     * within N days (not overdue); N + 1 days before is overdue. Dates counted by hand:
     * 4 Dec − 30 = 4 Nov; − 90 = 5 Sep; − 180 = 7 Jun.
     */
    @ParameterizedTest
    @CsvSource({
            // L, I, last reviewed,  rating, due by,     overdue
            "4,4, 2026-11-04, HIGH,   2026-11-04, false",  // exactly 30 days
            "4,4, 2026-11-03, HIGH,   2026-11-04, true",   // 31 days
            "5,5, 2026-12-04, HIGH,   2026-11-04, false",  // on the cut-off
            "5,5, 2026-12-10, HIGH,   2026-11-04, false",  // after the cut-off (register updated since)
            "3,4, 2026-09-05, MEDIUM, 2026-09-05, false",  // exactly 90
            "3,4, 2026-09-04, MEDIUM, 2026-09-05, true",   // 91
            "2,4, 2026-11-03, MEDIUM, 2026-09-05, false",  // 31 days is fine for Medium
            "2,3, 2026-06-07, LOW,    2026-06-07, false",  // exactly 180
            "2,3, 2026-06-06, LOW,    2026-06-07, true",   // 181
            "1,1, 2026-09-04, LOW,    2026-06-07, false"})
    void reviewIsOverdueWhenOlderThanThePeriodForItsRating(int likelihood, int impact, LocalDate reviewed,
                                                           RiskRating rating, LocalDate dueBy, boolean overdue) {
        RiskAssessment a = assessor.assess(risk("R1", likelihood, impact, reviewed), CUT_OFF, MONTH);
        assertEquals(rating, a.rating());
        assertEquals(dueBy, a.reviewDueBy());
        assertEquals(overdue, a.reviewOverdue());
    }

    /** Appetite: default 12; complaints 6; finance (High Needs) 16. Outside means current score strictly above. */
    @ParameterizedTest
    @CsvSource({
            "OTHER,              3,4, 12, false",
            "OTHER,              3,5, 12, true",
            "DATA_QUALITY,       2,5, 12, false",
            "DATA_QUALITY,       4,4, 12, true",
            "COMPLAINTS,         2,3, 6,  false",
            "COMPLAINTS,         2,4, 6,  true",
            "FINANCE_HIGH_NEEDS, 4,4, 16, false",
            "FINANCE_HIGH_NEEDS, 4,5, 16, true"})
    void outsideAppetiteUsesTheCategoryAppetiteOrTheDefault(RiskCategory category, int likelihood, int impact,
                                                           int appetite, boolean outside) {
        RiskEntry e = entry("R1", category, likelihood, impact, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN, "P1");
        RiskAssessment a = assessor.assess(e, CUT_OFF, MONTH);
        assertEquals(appetite, a.appetite());
        assertEquals(outside, a.outsideAppetite());
    }

    @Test
    void mitigationIsOverdueWhenDueBeforeTheCutOffAndNotComplete() {
        MitigatingAction dueYesterdayOpen = action("a", "2026-12-03", ActionStatus.OPEN);
        MitigatingAction dueOnCutOff = action("b", "2026-12-04", ActionStatus.IN_PROGRESS);
        MitigatingAction dueYesterdayDone = action("c", "2026-12-03", ActionStatus.COMPLETE);
        MitigatingAction longOverdue = action("d", "2026-11-01", ActionStatus.IN_PROGRESS);
        MitigatingAction future = action("e", "2027-01-31", ActionStatus.OPEN);
        RiskEntry e = entry("R1", RiskCategory.OTHER, 3, 3, CUT_OFF,
                List.of(dueYesterdayOpen, dueOnCutOff, dueYesterdayDone, longOverdue, future), List.of(), EntryStatus.OPEN, "P1");
        RiskAssessment a = assessor.assess(e, CUT_OFF, MONTH);
        assertTrue(a.mitigationOverdue());
        assertEquals(List.of(dueYesterdayOpen, longOverdue), a.overdueActions());

        RiskEntry fine = entry("R2", RiskCategory.OTHER, 3, 3, CUT_OFF,
                List.of(dueOnCutOff, dueYesterdayDone, future), List.of(), EntryStatus.OPEN, "P1");
        assertFalse(assessor.assess(fine, CUT_OFF, MONTH).mitigationOverdue());
    }

    /** Higher is worse: amber 10, red 20. A value at a threshold takes that threshold's status. */
    @ParameterizedTest
    @CsvSource({"0, GREEN", "9.99, GREEN", "10, AMBER", "10.00, AMBER", "19.99, AMBER", "20, RED", "25, RED"})
    void kriHigherIsWorse(BigDecimal value, KriStatus status) {
        Kri kri = new Kri("Complaints open", KriPolarity.HIGHER_IS_WORSE, new BigDecimal("10"), new BigDecimal("20"),
                new KriReading(value, MONTH));
        assertEquals(status, RiskAssessor.kriStatus(kri, MONTH));
    }

    /** Lower is worse: amber 80, red 60 (for example % of EHCPs issued within 20 weeks). */
    @ParameterizedTest
    @CsvSource({"100, GREEN", "80.01, GREEN", "80, AMBER", "60.01, AMBER", "60, RED", "59.99, RED", "0, RED"})
    void kriLowerIsWorse(BigDecimal value, KriStatus status) {
        Kri kri = new Kri("EHCPs in 20 weeks %", KriPolarity.LOWER_IS_WORSE, new BigDecimal("80"), new BigDecimal("60"),
                new KriReading(value, MONTH));
        assertEquals(status, RiskAssessor.kriStatus(kri, MONTH));
    }

    @Test
    void kriWithEqualThresholdsHasNoAmberZone() {
        Kri kri = new Kri("Vacancies", KriPolarity.HIGHER_IS_WORSE, BigDecimal.TEN, BigDecimal.TEN,
                new KriReading(BigDecimal.TEN, MONTH));
        assertEquals(KriStatus.RED, RiskAssessor.kriStatus(kri, MONTH));
    }

    @ParameterizedTest
    @CsvSource({"2026-10", "2026-12", "2025-11"})
    void kriWithoutAValueForTheReportingMonthIsNoDataNeverGreen(YearMonth month) {
        Kri stale = new Kri("Sickness %", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN,
                new KriReading(BigDecimal.ZERO, month));
        assertEquals(KriStatus.NO_DATA, RiskAssessor.kriStatus(stale, MONTH));
    }

    @Test
    void kriNeverMeasuredIsNoData() {
        Kri none = new Kri("Sickness %", KriPolarity.LOWER_IS_WORSE, BigDecimal.TEN, BigDecimal.ONE, null);
        assertEquals(KriStatus.NO_DATA, RiskAssessor.kriStatus(none, MONTH));
        assertTrue(none.latestReading().isEmpty());
    }

    @Test
    void kriThresholdsMustRunInTheWorseDirection() {
        assertThrowsMessage("amber threshold 20 must not be above its red threshold 10", () -> new Kri("k",
                KriPolarity.HIGHER_IS_WORSE, new BigDecimal("20"), BigDecimal.TEN, null));
        assertThrowsMessage("amber threshold 60 must not be below its red threshold 80", () -> new Kri("k",
                KriPolarity.LOWER_IS_WORSE, new BigDecimal("60"), new BigDecimal("80"), null));
    }

    @Test
    void assessmentReportsEachKriStatus() {
        Kri red = new Kri("red", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN, new KriReading(BigDecimal.TEN, MONTH));
        Kri none = new Kri("none", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN, null);
        RiskEntry e = entry("R1", RiskCategory.OTHER, 2, 2, CUT_OFF, List.of(), List.of(red, none), EntryStatus.OPEN, "P1");
        RiskAssessment a = assessor.assess(e, CUT_OFF, MONTH);
        assertEquals(List.of(KriStatus.RED, KriStatus.NO_DATA), a.kris().stream().map(KriAssessment::status).toList());
        assertEquals(List.of(red), a.redKris().stream().map(KriAssessment::kri).toList());
    }

    @Test
    void closedEntryIsRatedButRaisesNoFlags() {
        RiskEntry closed = entry("R1", RiskCategory.OTHER, 5, 5, LocalDate.of(2025, 1, 1),
                List.of(action("a", "2026-01-01", ActionStatus.OPEN)), List.of(), EntryStatus.CLOSED, "P1");
        RiskAssessment a = assessor.assess(closed, CUT_OFF, MONTH);
        assertEquals(RiskRating.HIGH, a.rating());
        assertFalse(a.outsideAppetite());
        assertFalse(a.reviewOverdue());
        assertFalse(a.mitigationOverdue());
    }

    @Test
    void assessesAgainstABoardCycle() {
        BoardCycle cycle = new BoardCycle("stsb-2026-12", Board.STSB, "STSB", LocalDate.of(2026, 12, 11), MONTH, CUT_OFF);
        assertTrue(assessor.assess(risk("R1", 4, 4, LocalDate.of(2026, 11, 3)), cycle).reviewOverdue());
    }

    /**
     * Register: A P1 16 (High, outside 12); B P1+P2 finance 15 (High, inside 16); C P1 6 (Low);
     * D P1 25 closed; E P2 complaints issue 12 (Medium, outside 6); F programme-level 25 (no project).
     * P1: highest 16, High 2, outside 1. P2: highest 15, High 1, outside 1. P3: none.
     */
    @Test
    void projectExposureCountsOpenEntriesLinkingTheProject() {
        List<RiskEntry> register = List.of(
                entry("A", RiskCategory.OTHER, 4, 4, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN, "P1"),
                entry("B", RiskCategory.FINANCE_HIGH_NEEDS, 3, 5, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN, "P1", "P2"),
                entry("C", RiskCategory.OTHER, 2, 3, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN, "P1"),
                entry("D", RiskCategory.OTHER, 5, 5, CUT_OFF, List.of(), List.of(), EntryStatus.CLOSED, "P1"),
                issue("E", RiskCategory.COMPLAINTS, 3, 4, "P2"),
                entry("F", RiskCategory.OTHER, 5, 5, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN));

        ProjectRiskExposure p1 = assessor.exposure("P1", register, CUT_OFF, MONTH);
        assertEquals(16, p1.highestCurrentScore());
        assertEquals(2, p1.highCount());
        assertEquals(1, p1.outsideAppetiteCount());
        assertEquals(List.of("A", "B", "C"), p1.openEntries().stream().map(a -> a.entry().id()).toList());
        assertEquals(List.of("A"), p1.highOutsideAppetite().stream().map(a -> a.entry().id()).toList());

        ProjectRiskExposure p2 = assessor.exposure("P2", register, CUT_OFF, MONTH);
        assertEquals(15, p2.highestCurrentScore());
        assertEquals(1, p2.highCount());
        assertEquals(1, p2.outsideAppetiteCount());
        assertTrue(p2.highOutsideAppetite().isEmpty(), "E is outside appetite but Medium");

        ProjectRiskExposure p3 = assessor.exposure("P3", register, CUT_OFF, MONTH);
        assertEquals(0, p3.highestCurrentScore());
        assertEquals(0, p3.highCount());
        assertEquals(0, p3.outsideAppetiteCount());
        assertFalse(p3.hasOpenEntries());
    }

    @Test
    void registerEntryChecksItsFields() {
        assertThrowsMessage("title of R9 is required", () -> new RiskEntry("R9", EntryType.RISK, " ", "", RiskCategory.OTHER,
                "owner", List.of(), java.util.Set.of(), new RiskScore(1, 1), new RiskScore(1, 1), new RiskScore(1, 1),
                List.of(), List.of(), List.of(), EscalationStatus.NONE, CUT_OFF, EntryStatus.OPEN));
        assertThrowsMessage("owner of action 'chase' is required", () -> new MitigatingAction("chase", "", CUT_OFF, ActionStatus.OPEN));
    }

    static RiskEntry issue(String id, RiskCategory category, int likelihood, int impact, String project) {
        return new RiskEntry(id, EntryType.ISSUE, "Issue " + id, "", category, "Complaints Manager", List.of(project),
                java.util.Set.of(org.sendpmo.project.ImprovementArea.C1), new RiskScore(likelihood, impact),
                new RiskScore(likelihood, impact), new RiskScore(1, 2), List.of(), List.of(), List.of(),
                EscalationStatus.ESCALATED_TO_STSB, CUT_OFF, EntryStatus.OPEN);
    }

    static MitigatingAction action(String name, String due, ActionStatus status) {
        return new MitigatingAction(name, "Programme Officer", LocalDate.parse(due), status);
    }

    static void assertThrowsMessage(String fragment, org.junit.jupiter.api.function.Executable code) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, code);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
