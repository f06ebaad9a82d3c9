package org.sendpmo.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendpmo.returns.Problem;

class RiskSettingsTest {

    private final RiskSettings settings = TestRiskSettings.v1();

    /** Every score that can occur, with its band under Low 1–6, Medium 8–12, High 15–25. */
    @ParameterizedTest
    @CsvSource({
            "1,1,1,LOW", "1,2,2,LOW", "1,3,3,LOW", "2,2,4,LOW", "1,5,5,LOW",
            "2,3,6,LOW",      // top of Low
            "2,4,8,MEDIUM",   // bottom of Medium: 7 cannot occur
            "3,3,9,MEDIUM", "2,5,10,MEDIUM",
            "3,4,12,MEDIUM",  // top of Medium
            "3,5,15,HIGH",    // bottom of High: 13 and 14 cannot occur
            "4,4,16,HIGH", "4,5,20,HIGH", "5,5,25,HIGH",
            "4,3,12,MEDIUM", "5,3,15,HIGH", "3,2,6,LOW", "4,2,8,MEDIUM"})
    void ratesEveryPossibleScore(int likelihood, int impact, int score, RiskRating rating) {
        RiskScore s = new RiskScore(likelihood, impact);
        assertEquals(score, s.score());
        assertEquals(rating, settings.rating(s));
    }

    @ParameterizedTest
    @CsvSource({"0,3", "6,3", "3,0", "3,6", "-1,1"})
    void likelihoodAndImpactAreOneToFive(int likelihood, int impact) {
        assertThrows(IllegalArgumentException.class, () -> new RiskScore(likelihood, impact));
    }

    @ParameterizedTest
    @CsvSource({"7,false", "11,false", "13,false", "14,false", "17,false", "24,false", "6,true", "8,true", "12,true", "15,true", "25,true"})
    void knowsWhichScoresCanOccur(int product, boolean possible) {
        assertEquals(possible, RiskScore.isPossibleScore(product));
    }

    @ParameterizedTest
    @CsvSource({"FINANCE_HIGH_NEEDS,16", "COMPLAINTS,6", "OTHER,12", "DATA_QUALITY,12"})
    void appetiteIsTheCategorysOwnOrTheDefault(RiskCategory category, int appetite) {
        assertEquals(appetite, settings.appetiteFor(category));
    }

    @Test
    void reviewPeriodsByRating() {
        assertEquals(30, settings.reviewPeriodDays(RiskRating.HIGH));
        assertEquals(90, settings.reviewPeriodDays(RiskRating.MEDIUM));
        assertEquals(180, settings.reviewPeriodDays(RiskRating.LOW));
    }

    @Test
    void bandsMayBeConfiguredDifferently() {
        RiskSettings wider = new RiskSettings(List.of(new RatingBand(RiskRating.LOW, 1, 4),
                new RatingBand(RiskRating.MEDIUM, 5, 14), new RatingBand(RiskRating.HIGH, 15, 25)),
                12, Map.of(), TestRiskSettings.v1ReviewPeriods());
        assertEquals(RiskRating.MEDIUM, wider.rating(5));
        assertEquals(RiskRating.LOW, wider.rating(4));
    }

    @Test
    void overlappingBandsAreRefused() {
        List<Problem> problems = refused(List.of(new RatingBand(RiskRating.LOW, 1, 8),
                new RatingBand(RiskRating.MEDIUM, 8, 12), new RatingBand(RiskRating.HIGH, 15, 25)), 12, Map.of(),
                TestRiskSettings.v1ReviewPeriods());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(RiskSettings.BANDS, problems.get(0).field());
        assertEquals("Low 1–8, Medium 8–12", problems.get(0).value());
        assertTrue(problems.get(0).message().contains("overlap"));
    }

    @Test
    void uncoveredScoresAreRefusedAndListed() {
        List<Problem> problems = refused(List.of(new RatingBand(RiskRating.LOW, 1, 5),
                new RatingBand(RiskRating.MEDIUM, 8, 12), new RatingBand(RiskRating.HIGH, 16, 25)), 12, Map.of(),
                TestRiskSettings.v1ReviewPeriods());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(RiskSettings.BANDS, problems.get(0).field());
        assertTrue(problems.get(0).message().startsWith("Scores [6, 15] are in no band"), problems.get(0).message());
    }

    @Test
    void missingDuplicateOutOfRangeAndMisorderedBandsAreRefused() {
        assertTrue(refused(List.of(new RatingBand(RiskRating.LOW, 1, 12), new RatingBand(RiskRating.HIGH, 15, 25)),
                12, Map.of(), TestRiskSettings.v1ReviewPeriods()).get(0).message().contains("exactly one band for Medium"));
        assertTrue(refused(List.of(new RatingBand(RiskRating.LOW, 0, 6), new RatingBand(RiskRating.MEDIUM, 8, 12),
                new RatingBand(RiskRating.HIGH, 15, 26)), 12, Map.of(), TestRiskSettings.v1ReviewPeriods())
                .stream().filter(p -> p.message().contains("from 1 to 25")).count() == 2);
        List<Problem> swapped = refused(List.of(new RatingBand(RiskRating.HIGH, 1, 6), new RatingBand(RiskRating.MEDIUM, 8, 12),
                new RatingBand(RiskRating.LOW, 15, 25)), 12, Map.of(), TestRiskSettings.v1ReviewPeriods());
        assertTrue(swapped.stream().allMatch(p -> p.field().equals(RiskSettings.BANDS)));
        assertTrue(swapped.stream().anyMatch(p -> p.message().equals("Medium must cover higher scores than Low")), swapped.toString());
    }

    @ParameterizedTest
    @CsvSource({"0", "26", "-3"})
    void defaultAppetiteOutsideOneToTwentyFiveIsRefused(int appetite) {
        List<Problem> problems = refused(TestRiskSettings.v1Bands(), appetite, Map.of(), TestRiskSettings.v1ReviewPeriods());
        assertEquals(List.of(new Problem("risk.default-appetite", String.valueOf(appetite),
                "Set the default appetite to a score from 1 to 25")), problems);
    }

    @Test
    void categoryAppetiteOutsideOneToTwentyFiveIsRefused() {
        Map<RiskCategory, Integer> appetites = new HashMap<>();
        appetites.put(RiskCategory.DEMAND, 30);
        appetites.put(RiskCategory.PARTNERSHIP, null);
        appetites.put(RiskCategory.COMPLAINTS, 25);
        List<Problem> problems = refused(TestRiskSettings.v1Bands(), 12, appetites, TestRiskSettings.v1ReviewPeriods());
        assertEquals(List.of("risk.appetite.DEMAND", "risk.appetite.PARTNERSHIP"), problems.stream().map(Problem::field).toList());
        assertEquals("30", problems.get(0).value());
    }

    @Test
    void nonPositiveOrMissingReviewPeriodsAreRefused() {
        Map<RiskRating, Integer> periods = new EnumMap<>(RiskRating.class);
        periods.put(RiskRating.HIGH, 0);
        periods.put(RiskRating.MEDIUM, -90);
        List<Problem> problems = refused(TestRiskSettings.v1Bands(), 12, Map.of(), periods);
        assertEquals(List.of("risk.review-period-days.LOW", "risk.review-period-days.MEDIUM", "risk.review-period-days.HIGH"),
                problems.stream().map(Problem::field).toList());
        assertEquals(List.of("null", "-90", "0"), problems.stream().map(Problem::value).toList());
    }

    @Test
    void everyProblemIsReportedAtOnceAndNamedInTheMessage() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> new RiskSettings(
                List.of(), 0, Map.of(), Map.of()));
        assertEquals(3 + 1 + 1 + 3, e.problems().size(), e.problems().toString()); // 3 ratings without a band, uncovered, appetite, 3 periods
        assertTrue(e.getMessage().contains("risk.default-appetite = 0"), e.getMessage());
        assertTrue(e.getMessage().contains("risk.bands"), e.getMessage());
    }

    private static List<Problem> refused(List<RatingBand> bands, int appetite, Map<RiskCategory, Integer> byCategory,
                                         Map<RiskRating, Integer> periods) {
        return assertThrows(InvalidSettingsException.class,
                () -> new RiskSettings(bands, appetite, byCategory, periods)).problems();
    }
}
