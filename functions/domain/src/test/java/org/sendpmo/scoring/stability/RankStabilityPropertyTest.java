package org.sendpmo.scoring.stability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionRule;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.Methodology;
import org.sendpmo.scoring.TestMethodology;

/** Invariants of {@link RankStability} over arbitrary project sets (few samples each, to keep the run short). */
class RankStabilityPropertyTest {

    @Provide
    Arbitrary<List<RankStability.Candidate>> projects() {
        return Arbitraries.integers().between(1, 5).array(int[].class).ofSize(11).list().ofMinSize(1).ofMaxSize(25)
                .map(RankStabilityPropertyTest::candidates);
    }

    static List<RankStability.Candidate> candidates(List<int[]> scores) {
        List<RankStability.Candidate> list = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            list.add(new RankStability.Candidate("p" + i, "Project " + i, CriterionScores.of(scores.get(i))));
        }
        return list;
    }

    @Property(tries = 60)
    void theSameInputsAndSeedGiveTheSameFigures(@ForAll("projects") List<RankStability.Candidate> projects,
                                                @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int topN) {
        StabilitySettings settings = TestStabilitySettings.settings(300, seed, topN, 3);
        StabilityReport once = new RankStability(TestMethodology.v1(), settings, 1).analyse(projects);
        StabilityReport again = new RankStability(TestMethodology.v1(), settings, 2).analyse(projects);
        if (!once.equals(again)) {
            throw new AssertionError("same seed, different figures:\n" + once + "\n" + again);
        }
    }

    /**
     * k projects scoring 100 under any weights (every v − 1 = 4) above others that miss a step on c01
     * are ranked 1 in every sample: with top N ≥ k they are in it with probability 1, and robust.
     */
    @Property(tries = 60)
    void projectsInTheTopNUnderEverySampledWeightHaveProbabilityOne(
            @ForAll("projects") List<RankStability.Candidate> others, @ForAll @IntRange(min = 1, max = 3) int k,
            @ForAll @IntRange(min = 0, max = 3) int slack, @ForAll long seed) {
        List<RankStability.Candidate> list = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            list.add(new RankStability.Candidate("top" + i, "Top " + i, CriterionScores.of(RankStabilityTest.BEST)));
        }
        for (RankStability.Candidate o : others) {
            Map<Criterion, Integer> scores = new EnumMap<>(o.scores().scores());
            scores.put(Criterion.C01, Math.min(4, scores.get(Criterion.C01)));
            list.add(new RankStability.Candidate(o.projectId(), o.name(), new CriterionScores(scores)));
        }
        StabilityReport report = new RankStability(TestMethodology.v1(), TestStabilitySettings.settings(200, seed, k + slack, 3))
                .analyse(list);
        for (ProjectStability p : report.projects()) {
            if (p.projectId().startsWith("top") && (p.inTopN() != 200 || p.p95Rank() != 1 || p.label() != StabilityLabel.ROBUST)) {
                throw new AssertionError("a project first under every weight: " + p);
            }
        }
    }

    /**
     * Every reported tipping point checked against exact arithmetic. With whole-number weights every
     * crossing is a multiple of 1/12, so 12·toWeight rounds to the exact crossing k; all sums are taken
     * with every weight times 12 so that k is exact. At k the project is across the line if and only if
     * the crossing is not "strictly beyond"; a step of 1e-6 further (far below the 1/12 spacing) is across
     * when strictly beyond; a step of 1e-6 short of it (when that is still a change) is not.
     */
    @Property(tries = 200)
    void aTippingPointIsExactlyWhereTheProjectCrossesTheLine(
            @ForAll("projects") List<RankStability.Candidate> projects,
            @ForAll("weights") List<Integer> weights, @ForAll @IntRange(min = 1, max = 4) int topN) {
        Methodology m = methodology(weights);
        StabilityReport report = new RankStability(m, TestStabilitySettings.settings(10, 1, topN, 30), 1).analyse(projects);
        for (ProjectStability p : report.projects()) {
            if (!(p.tippingPoint() instanceof TippingPoint.WeightChange change)) {
                continue;
            }
            int index = Integer.parseInt(p.projectId().substring(1));
            boolean inside = exactRank(projects, index, m, null, null) <= topN;
            BigDecimal twelve = BigDecimal.valueOf(12);
            BigDecimal from = change.fromWeight().multiply(twelve);
            BigDecimal k = change.toWeight().multiply(twelve).setScale(0, RoundingMode.HALF_UP);
            BigDecimal tiny = new BigDecimal("0.000001").multiply(BigDecimal.valueOf(change.raise() ? 1 : -1));
            boolean atK = crosses(projects, index, m, change, k, topN, inside);
            boolean beyond = crosses(projects, index, m, change, k.add(tiny), topN, inside);
            BigDecimal shortOfK = k.subtract(tiny);
            boolean stillAChange = shortOfK.subtract(from).multiply(tiny).signum() > 0;
            boolean shortOf = stillAChange && crosses(projects, index, m, change, shortOfK, topN, inside);
            boolean expected = change.strictlyBeyond() ? !atK && beyond && !shortOf : atK && !shortOf;
            if (!expected || change.intoTopN() == inside) {
                throw new AssertionError("tipping point " + change + " of " + p + ": at it " + atK + ", beyond " + beyond
                        + ", short of it " + shortOf);
            }
        }
    }

    private static boolean crosses(List<RankStability.Candidate> projects, int p, Methodology m,
                                   TippingPoint.WeightChange change, BigDecimal twelveX, int topN, boolean inside) {
        return (exactRank(projects, p, m, change.criterion(), twelveX) <= topN) != inside;
    }

    @Provide
    Arbitrary<List<Integer>> weights() {
        return Arbitraries.integers().between(1, 5).list().ofSize(11);
    }

    private static Methodology methodology(List<Integer> weights) {
        Methodology v1 = TestMethodology.v1();
        Map<Criterion, CriterionRule> rules = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            CriterionRule r = v1.rule(c);
            rules.put(c, new CriterionRule(c, r.direction(), BigDecimal.valueOf(weights.get(c.ordinal())), r.descriptors()));
        }
        return new Methodology("prop", rules, v1.highAtLeast(), v1.mediumAtLeast());
    }

    /** 1 + number of projects with a strictly higher exact Σ 12w·(v − 1), with one 12w optionally replaced. */
    private static int exactRank(List<RankStability.Candidate> projects, int p, Methodology m, Criterion changed, BigDecimal weight) {
        BigDecimal mine = exactSum(projects.get(p), m, changed, weight);
        int rank = 1;
        for (RankStability.Candidate q : projects) {
            if (exactSum(q, m, changed, weight).compareTo(mine) > 0) {
                rank++;
            }
        }
        return rank;
    }

    private static BigDecimal exactSum(RankStability.Candidate candidate, Methodology m, Criterion changed, BigDecimal weight) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            BigDecimal w = c == changed ? weight : m.rule(c).weight().multiply(BigDecimal.valueOf(12));
            int value = m.rule(c).direction().value(candidate.scores().score(c).getAsInt());
            sum = sum.add(w.multiply(BigDecimal.valueOf(value - 1L)));
        }
        return sum.setScale(8, RoundingMode.UNNECESSARY);
    }
}
