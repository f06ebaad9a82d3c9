package org.sendpmo.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Scores against a table computed by hand with the v1 defaults (Σw = 12, so the denominator is 48):
 * score = 100 · Σ w·(v − 1) / 48, where v = s for benefit criteria and 6 − s for c07..c10 (cost).
 */
class PriorityScorerTest {

    private final PriorityScorer scorer = new PriorityScorer(TestMethodology.v1());

    static Stream<Arguments> handComputed() {
        return Stream.of(
                // scores c01..c11                                   Σw(v−1)  score     band
                Arguments.of(new int[]{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, "66.67", Band.HIGH),    // 32/48
                Arguments.of(new int[]{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, "33.33", Band.LOW),     // 16/48
                Arguments.of(new int[]{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, "50.00", Band.MEDIUM),  // 24/48
                Arguments.of(new int[]{5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5}, "100.00", Band.HIGH),  // 48/48
                Arguments.of(new int[]{1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 1}, "0.00", Band.LOW),     // 0/48
                Arguments.of(new int[]{4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, "54.17", Band.MEDIUM),  // 26/48 = 54.1666…
                Arguments.of(new int[]{5, 4, 2, 3, 1, 5, 2, 4, 5, 3, 4}, "56.25", Band.MEDIUM),  // 27/48
                Arguments.of(new int[]{5, 5, 5, 4, 4, 4, 2, 2, 2, 2, 4}, "83.33", Band.HIGH),   // 8+4+4+3+3+3+3·4+3 = 40/48
                Arguments.of(new int[]{2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 2}, "25.00", Band.LOW));   // 2+1·5+1·4+1 = 12/48
    }

    @ParameterizedTest
    @MethodSource("handComputed")
    void scoresMatchTheHandComputedTable(int[] scores, String expected, Band band) {
        PriorityAssessment.Scored scored = assertInstanceOf(PriorityAssessment.Scored.class,
                scorer.assess(CriterionScores.of(scores)));
        assertEquals(new BigDecimal(expected), scored.score());
        assertEquals(band, scored.band());
        BigDecimal sum = scored.contributions().stream().map(Contribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(scored.score(), sum, "contributions add up exactly to the score");
    }

    @Test
    void contributionsAreApportionedByLargestRemainder() {
        PriorityAssessment.Scored scored = (PriorityAssessment.Scored) scorer.assess(
                CriterionScores.of(5, 4, 2, 3, 1, 5, 2, 4, 5, 3, 4));
        // exact: 16.666…, 6.25, 2.0833…, 4.1666…, 0, 8.3333…, 6.25, 2.0833…, 0, 4.1666…, 6.25 (sum 56.25);
        // floors sum to 56.22, so the 3 largest remainders (c01, c04, c10) get a cent each.
        List<String> expected = List.of("16.67", "6.25", "2.08", "4.17", "0.00", "8.33", "6.25", "2.08", "0.00", "4.17", "6.25");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(new BigDecimal(expected.get(i)), scored.contributions().get(i).points(), "c" + (i + 1));
        }
        assertEquals(4, scored.contributions().get(Criterion.C07.ordinal()).value(), "a cost criterion scored 2 has value 6 − 2 = 4");
    }

    @Test
    void aMissingCriterionMeansAssessmentIncompleteNeverAnImputedScore() {
        CriterionScores scores = new CriterionScores(Map.of(Criterion.C01, 5, Criterion.C02, 4));
        PriorityAssessment.Incomplete incomplete = assertInstanceOf(PriorityAssessment.Incomplete.class, scorer.assess(scores));
        assertEquals(List.of(Criterion.C03, Criterion.C04, Criterion.C05, Criterion.C06, Criterion.C07, Criterion.C08,
                Criterion.C09, Criterion.C10, Criterion.C11), incomplete.missing());
    }

    @Test
    void bandThresholdsAreInclusiveAtTheirLowerEdge() {
        Methodology m = TestMethodology.v1();
        assertEquals(Band.HIGH, m.band(new BigDecimal("65.00")));
        assertEquals(Band.MEDIUM, m.band(new BigDecimal("64.99")));
        assertEquals(Band.MEDIUM, m.band(new BigDecimal("40.00")));
        assertEquals(Band.LOW, m.band(new BigDecimal("39.99")));
    }

    @Test
    void changingAWeightInTheMethodologyChangesTheScore() {
        Methodology v1 = TestMethodology.v1();
        java.util.Map<Criterion, CriterionRule> rules = new java.util.EnumMap<>(v1.rules());
        CriterionRule c01 = rules.get(Criterion.C01);
        rules.put(Criterion.C01, new CriterionRule(Criterion.C01, c01.direction(), BigDecimal.ONE, c01.descriptors()));
        Methodology flat = new Methodology("test-flat", rules, v1.highAtLeast(), v1.mediumAtLeast());
        // Σw = 11, denominator 44: c01=4 (v−1=3) + ten criteria at v−1=2 → 23/44 = 52.2727… → 52.27
        PriorityAssessment.Scored scored = (PriorityAssessment.Scored) new PriorityScorer(flat)
                .assess(CriterionScores.of(4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertEquals(new BigDecimal("52.27"), scored.score());
    }
}
