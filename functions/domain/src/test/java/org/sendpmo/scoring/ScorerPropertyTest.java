package org.sendpmo.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of {@link PriorityScorer} over arbitrary weights (0.01..5.00), directions and scores. */
class ScorerPropertyTest {

    @Provide
    Arbitrary<Methodology> methodologies() {
        Arbitrary<List<Integer>> hundredths = Arbitraries.integers().between(1, 500).list().ofSize(11);
        Arbitrary<List<Direction>> directions = Arbitraries.of(Direction.class).list().ofSize(11);
        return Combinators.combine(hundredths, directions).as(ScorerPropertyTest::methodology);
    }

    static Methodology methodology(List<Integer> hundredths, List<Direction> directions) {
        Map<Criterion, CriterionRule> rules = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            rules.put(c, new CriterionRule(c, directions.get(c.ordinal()), BigDecimal.valueOf(hundredths.get(c.ordinal()), 2),
                    List.of("1", "2", "3", "4", "5")));
        }
        return new Methodology("prop", rules, new BigDecimal("65"), new BigDecimal("40"));
    }

    private static PriorityAssessment.Scored score(Methodology m, List<Integer> scores) {
        return (PriorityAssessment.Scored) new PriorityScorer(m).assess(
                CriterionScores.of(scores.stream().mapToInt(Integer::intValue).toArray()));
    }

    @Property
    void contributionsAddUpExactlyToTheScore(@ForAll("methodologies") Methodology m,
                                             @ForAll @Size(11) List<@IntRange(min = 1, max = 5) Integer> scores) {
        PriorityAssessment.Scored scored = score(m, scores);
        BigDecimal sum = scored.contributions().stream().map(Contribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(scored.score()) != 0) {
            throw new AssertionError("contributions add to " + sum + ", score is " + scored.score());
        }
    }

    @Property
    void scoresStayWithinZeroAndAHundred(@ForAll("methodologies") Methodology m,
                                         @ForAll @Size(11) List<@IntRange(min = 1, max = 5) Integer> scores) {
        BigDecimal score = score(m, scores).score();
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new AssertionError("score out of 0..100: " + score);
        }
    }

    @Property
    void raisingABenefitScoreNeverLowersTheScoreAndRaisingACostScoreNeverRaisesIt(
            @ForAll("methodologies") Methodology m,
            @ForAll @Size(11) List<@IntRange(min = 1, max = 5) Integer> scores,
            @ForAll @IntRange(min = 0, max = 10) int criterion) {
        Assume.that(scores.get(criterion) < CriterionScores.MAX);
        List<Integer> raised = new java.util.ArrayList<>(scores);
        raised.set(criterion, scores.get(criterion) + 1);
        int change = score(m, raised).score().compareTo(score(m, scores).score());
        Direction direction = m.rule(Criterion.values()[criterion]).direction();
        if (direction == Direction.BENEFIT ? change < 0 : change > 0) {
            throw new AssertionError("raising " + direction + " criterion c" + (criterion + 1) + " moved the score the wrong way");
        }
    }
}
