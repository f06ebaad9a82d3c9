package org.sendpmo.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.confidence.ConfidenceFixtures.CUT_OFF;
import static org.sendpmo.confidence.ConfidenceFixtures.MONTH;
import static org.sendpmo.confidence.ConfidenceFixtures.exposure;
import static org.sendpmo.confidence.ConfidenceFixtures.onTrack;
import static org.sendpmo.confidence.ConfidenceFixtures.projectReturn;
import static org.sendpmo.confidence.ConfidenceFixtures.slipped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.KriPolarity;
import org.sendpmo.risk.KriReading;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.TestRiskSettings;

class IndicativeConfidenceTest {

    private final DeliveryConfidenceRater five = new DeliveryConfidenceRater(ConfidenceFixtures.fivePoint());
    private final DeliveryConfidenceRater three = new DeliveryConfidenceRater(ConfidenceFixtures.threePoint());

    /**
     * Steps: RAG Amber 1 / Red 2; late milestone 1; High risk outside appetite 1; KRI at red 1;
     * data quality below 60 (59 counts, 60 does not) 1; return missing 1 (its carried-forward return's RAG
     * and milestones still count; data quality is not judged). 5-point: min(steps, 4) levels down;
     * 3-point: 0 Green, 1–3 Amber, 4+ Red.
     */
    @ParameterizedTest
    @CsvSource({
            // return,  RAG,   late,  high,  kri,   dq,  steps, five-point,  three-point
            "RECEIVED, GREEN, false, false, false, 100, 0, GREEN,       GREEN",
            "RECEIVED, AMBER, false, false, false, 100, 1, AMBER_GREEN, AMBER",
            "RECEIVED, RED,   false, false, false, 100, 2, AMBER,       AMBER",
            "RECEIVED, GREEN, true,  false, false, 100, 1, AMBER_GREEN, AMBER",
            "RECEIVED, GREEN, false, true,  false, 100, 1, AMBER_GREEN, AMBER",
            "RECEIVED, GREEN, false, false, true,  100, 1, AMBER_GREEN, AMBER",
            "RECEIVED, GREEN, false, false, false, 59,  1, AMBER_GREEN, AMBER",
            "RECEIVED, GREEN, false, false, false, 60,  0, GREEN,       GREEN",
            "RECEIVED, AMBER, true,  false, false, 100, 2, AMBER,       AMBER",
            "RECEIVED, RED,   true,  false, false, 100, 3, AMBER_RED,   AMBER",
            "RECEIVED, AMBER, true,  true,  false, 100, 3, AMBER_RED,   AMBER",
            "RECEIVED, RED,   true,  true,  false, 100, 4, RED,         RED",
            "RECEIVED, AMBER, true,  true,  true,  40,  5, RED,         RED",
            "RECEIVED, RED,   true,  true,  true,  0,   6, RED,         RED",
            "CARRIED,  GREEN, false, false, false, 0,   1, AMBER_GREEN, AMBER",
            "CARRIED,  AMBER, false, false, false, 0,   2, AMBER,       AMBER",
            "CARRIED,  RED,   true,  false, false, 0,   4, RED,         RED",
            "CARRIED,  RED,   true,  true,  true,  0,   6, RED,         RED",
            "NEVER,    GREEN, false, false, false, 0,   1, AMBER_GREEN, AMBER",
            "NEVER,    GREEN, false, true,  true,  0,   3, AMBER_RED,   AMBER"})
    void indicativeRatingOnBothScales(String returnState, Rag rag, boolean late, boolean high, boolean kri, int dq,
                                      int steps, ConfidenceRating fivePoint, ConfidenceRating threePoint) {
        ProjectReturn ret = projectReturn(returnState.equals("CARRIED") ? MONTH.minusMonths(2) : MONTH, rag,
                late ? slipped() : onTrack());
        ReturnEvidence evidence = switch (returnState) {
            case "RECEIVED" -> new ReturnEvidence.Received(ret, dq);
            case "CARRIED" -> new ReturnEvidence.Missing(MONTH, ret);
            default -> new ReturnEvidence.Missing(MONTH, null);
        };
        ConfidenceEvidence e = new ConfidenceEvidence("P1", CUT_OFF, evidence, exposure(high, kri));

        IndicativeConfidence onFive = five.indicative(e);
        assertEquals(steps, onFive.steps());
        assertEquals(fivePoint, onFive.rating());
        assertEquals(steps, onFive.reasons().stream().mapToInt(ConfidenceReason::steps).sum());
        assertEquals(steps > 4, onFive.clampedAtRed());

        IndicativeConfidence onThree = three.indicative(e);
        assertEquals(threePoint, onThree.rating());
        assertEquals(onFive.reasons(), onThree.reasons());
    }

    /** Cut-off 4 Dec 2026. Late: not complete and (forecast after baseline, or baseline before the cut-off). */
    @ParameterizedTest
    @CsvSource({
            // baseline, forecast,   complete, late
            "2027-01-31, 2027-02-28, false, true",   // slipped
            "2027-01-31, 2027-02-01, false, true",   // slipped by a day
            "2027-01-31, 2027-01-31, false, false",  // on baseline
            "2027-01-31, 2027-01-15, false, false",  // ahead
            "2026-12-03, 2026-12-03, false, true",   // baseline passed the day before the cut-off, not done
            "2026-12-04, 2026-12-04, false, false",  // due on the cut-off: not yet late
            "2026-11-30, 2026-11-20, false, true",   // forecast earlier but baseline has passed
            "2026-12-10, 2026-12-01, false, false",  // forecast passed, baseline not: not late against plan
            "2027-01-31, 2027-02-28, true,  false",  // complete, even if it slipped
            "2026-11-01, 2026-11-01, true,  false"})
    void lateMilestoneReading(LocalDate baseline, LocalDate forecast, boolean complete, boolean late) {
        assertEquals(late, DeliveryConfidenceRater.isLate(new Milestone("m", baseline, forecast, complete), CUT_OFF));
    }

    @Test
    void severalLateMilestonesAreOneStep() {
        Milestone overdue = new Milestone("Recruit", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), false);
        ConfidenceEvidence e = new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Received(projectReturn(MONTH, Rag.GREEN, slipped(), overdue, onTrack()), 100),
                exposure(false, false));
        IndicativeConfidence c = five.indicative(e);
        assertEquals(1, c.steps());
        assertEquals("2 not complete and late against baseline: Consultation (baseline 2027-01-31, forecast 2027-02-28);"
                + " Recruit (baseline 2026-11-30, forecast 2026-11-30)", c.reasons().get(0).evidence());
    }

    @Test
    void onlyHighRisksOutsideAppetiteCount() {
        // 15 in finance (appetite 16): High but inside. 12 in complaints (appetite 6): outside but Medium.
        var register = List.of(
                TestRiskSettings.entry("F", RiskCategory.FINANCE_HIGH_NEEDS, 3, 5, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN, "P1"),
                TestRiskSettings.entry("C", RiskCategory.COMPLAINTS, 3, 4, CUT_OFF, List.of(), List.of(), EntryStatus.OPEN, "P1"),
                TestRiskSettings.entry("X", RiskCategory.OTHER, 5, 5, CUT_OFF, List.of(), List.of(), EntryStatus.CLOSED, "P1"));
        ConfidenceEvidence e = new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Received(projectReturn(MONTH, Rag.GREEN), 100),
                ConfidenceFixtures.RISKS.exposure("P1", register, CUT_OFF, MONTH));
        assertEquals(ConfidenceRating.GREEN, five.indicative(e).rating());
    }

    @Test
    void kriWithoutDataOrOnAClosedRiskDoesNotStep() {
        Kri noData = new Kri("Sickness %", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN, null);
        Kri redLastMonth = new Kri("Complaints", KriPolarity.HIGHER_IS_WORSE, BigDecimal.ONE, BigDecimal.TEN,
                new KriReading(BigDecimal.valueOf(50), YearMonth.of(2026, 10)));
        Kri redNow = new Kri("Tribunals", KriPolarity.LOWER_IS_WORSE, BigDecimal.TEN, BigDecimal.ONE,
                new KriReading(BigDecimal.ZERO, MONTH));
        var register = List.of(
                TestRiskSettings.entry("A", RiskCategory.OTHER, 1, 2, CUT_OFF, List.of(), List.of(noData, redLastMonth), EntryStatus.OPEN, "P1"),
                TestRiskSettings.entry("B", RiskCategory.OTHER, 1, 2, CUT_OFF, List.of(), List.of(redNow), EntryStatus.CLOSED, "P1"));
        ConfidenceEvidence e = new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Received(projectReturn(MONTH, Rag.GREEN), 100),
                ConfidenceFixtures.RISKS.exposure("P1", register, CUT_OFF, MONTH));
        assertEquals(ConfidenceRating.GREEN, five.indicative(e).rating());
    }

    @Test
    void everyReasonIsExplainedInMethodologyOrder() {
        ConfidenceEvidence e = new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Received(projectReturn(MONTH, Rag.RED, slipped()), 40), exposure(true, true));
        IndicativeConfidence c = five.indicative(e);
        assertEquals(ConfidenceRating.RED, c.rating());
        assertEquals(6, c.steps());
        assertTrue(c.clampedAtRed());
        assertEquals(List.of(
                        "OVERALL_RAG_RED: Overall RAG Red in the return for 2026-11",
                        "MILESTONE_LATE: 1 not complete and late against baseline: Consultation (baseline 2027-01-31, forecast 2027-02-28)",
                        "HIGH_RISK_OUTSIDE_APPETITE: R-high Risk R-high (current 16, appetite 12)",
                        "KRI_RED: Vacancy rate % on R-kri (17.5 for 2026-11, red at 15)",
                        "LOW_DATA_QUALITY: Data-quality score 40, below 60"),
                c.reasons().stream().map(r -> r.factor().name() + ": " + r.evidence()).toList());
    }

    @Test
    void missingReturnSaysWhatWasCarriedForward() {
        IndicativeConfidence carried = five.indicative(new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Missing(MONTH, projectReturn(YearMonth.of(2026, 9), Rag.GREEN)), exposure(false, false)));
        assertEquals("No return for 2026-11 by the cut-off 2026-12-04; carried forward from 2026-09",
                carried.reasons().get(0).evidence());
        IndicativeConfidence never = five.indicative(new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Missing(MONTH, null), exposure(false, false)));
        assertEquals("No return for 2026-11 by the cut-off 2026-12-04; none has ever been received",
                never.reasons().get(0).evidence());
    }

    @Test
    void dataQualityThresholdIsASetting() {
        DeliveryConfidenceRater strict = new DeliveryConfidenceRater(new ConfidenceSettings(ConfidenceScale.FIVE_POINT,
                ConfidenceFixtures.fivePointDefinitions(), 80));
        ConfidenceEvidence e = new ConfidenceEvidence("P1", CUT_OFF,
                new ReturnEvidence.Received(projectReturn(MONTH, Rag.GREEN), 60), exposure(false, false));
        assertEquals(ConfidenceRating.AMBER_GREEN, strict.indicative(e).rating());
        assertEquals(ConfidenceRating.GREEN, five.indicative(e).rating());
    }

    @Test
    void inconsistentIndicativeConfidenceIsRefused() {
        List<ConfidenceReason> one = List.of(new ConfidenceReason(ConfidenceFactor.RETURN_MISSING, "none"));
        assertThrows(IllegalArgumentException.class,
                () -> new IndicativeConfidence(ConfidenceScale.FIVE_POINT, ConfidenceRating.GREEN, 1, one));
        assertThrows(IllegalArgumentException.class,
                () -> new IndicativeConfidence(ConfidenceScale.FIVE_POINT, ConfidenceRating.AMBER_GREEN, 2, one));
        assertThrows(IllegalArgumentException.class,
                () -> new ConfidenceEvidence("P2", CUT_OFF, new ReturnEvidence.Missing(MONTH, null), exposure(false, false)));
        assertFalse(new IndicativeConfidence(ConfidenceScale.FIVE_POINT, ConfidenceRating.AMBER_GREEN, 1, one).clampedAtRed());
    }
}
