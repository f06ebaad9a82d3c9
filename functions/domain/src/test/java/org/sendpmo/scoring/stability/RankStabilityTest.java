package org.sendpmo.scoring.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.TestMethodology;

class RankStabilityTest {

    /** Benefit criteria at 5 and cost criteria at 1: v − 1 = 4 everywhere, score 100 under any weights. */
    static final int[] BEST = {5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5};
    /** Benefit at 1 and cost at 5: v − 1 = 0 everywhere, score 0 under any weights. */
    static final int[] WORST = {1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 1};

    static RankStability.Candidate candidate(String id, int... scores) {
        return new RankStability.Candidate(id, "Project " + id, CriterionScores.of(scores));
    }

    /** Twelve middling projects that trade criteria off against each other, so their order moves with the weights. */
    static List<RankStability.Candidate> middling() {
        List<RankStability.Candidate> list = new ArrayList<>();
        java.util.Random random = new java.util.Random(99); // fixed: the same twelve every run
        for (int i = 0; i < 12; i++) {
            int[] s = new int[11];
            for (int k = 0; k < 11; k++) {
                s[k] = 2 + random.nextInt(3); // 2..4
            }
            list.add(candidate("m" + i, s));
        }
        return list;
    }

    static Map<String, ProjectStability> byId(StabilityReport report) {
        return report.projects().stream().collect(Collectors.toMap(ProjectStability::projectId, Function.identity()));
    }

    private static StabilityReport analyse(StabilitySettings settings, List<RankStability.Candidate> candidates) {
        return new RankStability(TestMethodology.v1(), settings).analyse(candidates);
    }

    @Test
    void aProjectFirstUnderEveryWeightHasProbabilityOneAndIsRobust() {
        List<RankStability.Candidate> list = new ArrayList<>(middling());
        list.add(candidate("best", BEST));
        list.add(candidate("worst", WORST));
        StabilityReport report = analyse(TestStabilitySettings.v1(42), list);
        ProjectStability best = byId(report).get("best");
        assertEquals(10_000, best.inTopN());
        assertEquals(1.0, best.probabilityTopN());
        assertEquals(List.of(1, 1, 1, 1), List.of(best.baseRank(), best.p5Rank(), best.medianRank(), best.p95Rank()));
        assertEquals(StabilityLabel.ROBUST, best.label());
        assertInstanceOf(TippingPoint.NotNearLine.class, best.tippingPoint(), "rank 1 is 9 ranks from a top-10 line");
    }

    @Test
    void aProjectDominatedByAllOthersIsNeverInTheTopN() {
        List<RankStability.Candidate> list = new ArrayList<>(middling());
        list.add(candidate("worst", WORST));
        StabilityReport report = analyse(TestStabilitySettings.v1(42), list);
        ProjectStability worst = byId(report).get("worst");
        assertEquals(0, worst.inTopN());
        assertEquals(List.of(13, 13, 13, 13), List.of(worst.baseRank(), worst.p5Rank(), worst.medianRank(), worst.p95Rank()));
        assertEquals(StabilityLabel.ROBUST, worst.label());
        assertEquals("Project worst", report.projects().get(12).name(), "listed last, in base ranking order");
    }

    @Test
    void identicalProjectsTieInEverySample() {
        List<RankStability.Candidate> list = new ArrayList<>(middling());
        list.add(candidate("twin-a", 3, 4, 2, 4, 3, 2, 3, 2, 4, 3, 4));
        list.add(candidate("twin-b", 3, 4, 2, 4, 3, 2, 3, 2, 4, 3, 4));
        Map<String, ProjectStability> byId = byId(analyse(TestStabilitySettings.v1(7), list));
        ProjectStability a = byId.get("twin-a");
        ProjectStability b = byId.get("twin-b");
        assertEquals(a.baseRank(), b.baseRank());
        assertEquals(List.of(a.inTopN(), a.p5Rank(), a.medianRank(), a.p95Rank()),
                List.of(b.inTopN(), b.p5Rank(), b.medianRank(), b.p95Rank()));
    }

    @Test
    void theSameSeedGivesTheSameFiguresWhateverTheNumberOfThreads() {
        List<RankStability.Candidate> list = new ArrayList<>(middling());
        list.add(candidate("best", BEST));
        StabilitySettings settings = TestStabilitySettings.v1(2026);
        StabilityReport one = new RankStability(TestMethodology.v1(), settings, 1).analyse(list);
        StabilityReport two = new RankStability(TestMethodology.v1(), settings, 2).analyse(list);
        StabilityReport three = new RankStability(TestMethodology.v1(), settings, 3).analyse(list);
        assertEquals(one, two);
        assertEquals(one, three);
        assertEquals("v1", one.methodologyVersion());
        assertEquals(2026, one.seed());
    }

    @Test
    void anotherSeedMovesBorderlineFiguresButNotCertainOnes() {
        List<RankStability.Candidate> list = new ArrayList<>(middling());
        list.add(candidate("best", BEST));
        list.add(candidate("worst", WORST));
        Map<String, ProjectStability> first = byId(analyse(TestStabilitySettings.v1(1), list));
        Map<String, ProjectStability> second = byId(analyse(TestStabilitySettings.v1(2), list));
        assertEquals(first.get("best").inTopN(), second.get("best").inTopN());
        assertEquals(first.get("worst").inTopN(), second.get("worst").inTopN());
        List<Integer> firstCounts = list.stream().map(c -> first.get(c.projectId()).inTopN()).toList();
        List<Integer> secondCounts = list.stream().map(c -> second.get(c.projectId()).inTopN()).toList();
        assertNotEquals(firstCounts, secondCounts, "some project's top-N count depends on the draw");
        assertTrue(first.values().stream().anyMatch(p -> p.label() == StabilityLabel.BORDERLINE),
                "the middling projects trade places: at least one is borderline");
    }

    /**
     * v1 weights (c01 = 2, the rest 1). A: c01 = 5, the rest 3 → Σw(v−1) = 2·4 + 10·2 = 28.
     * B: c01 = 3, c02 = 5, the rest 3 → 2·2 + 4 + 9·2 = 26. Top 1: A is in, B is out.
     * Moving c01 to x: A − B = 2x − 2 (c02 gives B 2 more), so B ties A at x = 1 (−50 %) and is then
     * ranked level, in the top 1. Moving c02 to x: A − B = 4 − 2x, a tie at x = 2 (+100 %). c01 wins.
     * For A the same c01 line: B passes A for any c01 weight strictly below 1.
     */
    @Test
    void tippingPointMatchesTheAlgebra() {
        List<RankStability.Candidate> list = List.of(
                candidate("A", 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                candidate("B", 3, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        StabilityReport report = analyse(TestStabilitySettings.settings(1_000, 5, 1, 3), list);
        Map<String, ProjectStability> byId = byId(report);
        TippingPoint.WeightChange b = assertInstanceOf(TippingPoint.WeightChange.class, byId.get("B").tippingPoint());
        assertEquals(Criterion.C01, b.criterion());
        assertEquals(new BigDecimal("2"), b.fromWeight());
        assertEquals(new BigDecimal("1.000000"), b.toWeight());
        assertEquals(new BigDecimal("-50.00"), b.changePercent());
        assertTrue(!b.raise());
        assertTrue(b.intoTopN());
        assertTrue(!b.strictlyBeyond(), "a tie already ranks B level with A");
        TippingPoint.WeightChange a = assertInstanceOf(TippingPoint.WeightChange.class, byId.get("A").tippingPoint());
        assertEquals(Criterion.C01, a.criterion());
        assertEquals(new BigDecimal("1.000000"), a.toWeight());
        assertTrue(!a.intoTopN());
        assertTrue(a.strictlyBeyond(), "B must pass A, not tie, to push it out");
    }

    /**
     * Top 1 of three, v1 weights, (v − 1) shown. A: c01 4, c07 3 (cost scored 2), rest 2 → 8 + 3 + 18 = 29.
     * C: c01 3, c05 3, rest 2 → 6 + 3 + 18 = 27. D: c01 4, c11 1, rest 2 → 8 + 1 + 18 = 27 (level with C).
     * For C, A − C = w01 − w05 + w07: only raising c05 helps: with c05 at x,
     * A − C = 2 − x + 1 = 3 − x, a tie at x = 3 (+200 %), while D − C = 2 − x − 1 = 1 − x is then below.
     * Changing c01 (A − C = x) or c07 (1 + x) can never do it. D is A with c07 and c11 one step worse:
     * A − D = w07 + w11 > 0 for any positive weights, so no single weight tips D.
     */
    @Test
    void tippingPointPicksTheOnlyCriterionThatCanDoItAndNoneWhenNoneCan() {
        List<RankStability.Candidate> list = List.of(
                candidate("A", 5, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3),
                candidate("C", 4, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3),
                candidate("D", 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2));
        Map<String, ProjectStability> byId = byId(analyse(TestStabilitySettings.settings(500, 5, 1, 3), list));
        TippingPoint.WeightChange c = assertInstanceOf(TippingPoint.WeightChange.class, byId.get("C").tippingPoint());
        assertEquals(Criterion.C05, c.criterion());
        assertEquals(new BigDecimal("3.000000"), c.toWeight());
        assertEquals(new BigDecimal("200.00"), c.changePercent());
        assertTrue(c.raise());
        assertInstanceOf(TippingPoint.NoSingleWeight.class, byId.get("D").tippingPoint(),
                "D is A with c07 and c11 one step worse: no positive weight makes it reach A");
    }

    @Test
    void anIncompleteAssessmentIsRefusedNamingTheProject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RankStability.Candidate(
                "p-9", "Nine", new CriterionScores(Map.of(Criterion.C01, 3))));
        assertTrue(e.getMessage().contains("p-9"), e.getMessage());
    }
}
