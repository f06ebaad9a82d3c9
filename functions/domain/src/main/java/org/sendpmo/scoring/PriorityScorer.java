package org.sendpmo.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Methodology §1: score = 100 · Σ w·(v − 1) / (4 · Σ w), two decimals half-up.
 * Contributions are apportioned to two decimals by largest remainder so that the
 * explanation a board reads adds up to exactly the score it is shown.
 */
public final class PriorityScorer {

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal STEPS = BigDecimal.valueOf(CriterionScores.MAX - CriterionScores.MIN);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Methodology methodology;

    public PriorityScorer(Methodology methodology) {
        this.methodology = methodology;
    }

    public Methodology methodology() {
        return methodology;
    }

    public PriorityAssessment assess(CriterionScores scores) {
        List<Criterion> missing = scores.missing();
        if (!missing.isEmpty()) {
            return new PriorityAssessment.Incomplete(missing);
        }
        BigDecimal denominator = STEPS.multiply(methodology.totalWeight());
        List<BigDecimal> exact = new ArrayList<>();
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            CriterionRule rule = methodology.rule(c);
            int value = rule.direction().value(scores.score(c).getAsInt());
            BigDecimal part = HUNDRED.multiply(rule.weight()).multiply(BigDecimal.valueOf(value - 1L))
                    .divide(denominator, 12, RoundingMode.HALF_UP);
            exact.add(part);
            exactTotal = exactTotal.add(part);
        }
        BigDecimal score = exactTotal.setScale(SCALE, RoundingMode.HALF_UP);
        List<BigDecimal> points = apportion(exact, score);
        List<Contribution> contributions = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            int s = scores.score(c).getAsInt();
            contributions.add(new Contribution(c, s, methodology.rule(c).direction().value(s), points.get(c.ordinal())));
        }
        return new PriorityAssessment.Scored(score, methodology.band(score), contributions);
    }

    /** Rounds each part down to cents, then gives the remaining cents to the largest remainders. */
    private static List<BigDecimal> apportion(List<BigDecimal> exact, BigDecimal target) {
        List<BigDecimal> floors = new ArrayList<>();
        BigDecimal floorTotal = BigDecimal.ZERO;
        for (BigDecimal part : exact) {
            BigDecimal floor = part.setScale(SCALE, RoundingMode.FLOOR);
            floors.add(floor);
            floorTotal = floorTotal.add(floor);
        }
        int cents = target.subtract(floorTotal).divide(CENT).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(floors.get(i))).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < cents; k++) {
            int i = order.get(k % order.size());
            floors.set(i, floors.get(i).add(CENT));
        }
        return floors;
    }
}
