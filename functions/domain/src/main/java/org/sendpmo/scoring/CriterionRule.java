package org.sendpmo.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How one criterion is weighted and read.
 *
 * @param descriptors five written level descriptors, for scores 1..5 in order
 */
public record CriterionRule(Criterion criterion, Direction direction, BigDecimal weight, List<String> descriptors) {

    public CriterionRule {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(direction, "direction of " + criterion);
        Objects.requireNonNull(weight, "weight of " + criterion);
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("weight of " + criterion.id() + " must be positive: " + weight);
        }
        descriptors = List.copyOf(descriptors);
        if (descriptors.size() != CriterionScores.MAX) {
            throw new IllegalArgumentException(criterion.id() + " needs " + CriterionScores.MAX
                    + " level descriptors, has " + descriptors.size());
        }
    }

    public String descriptor(int score) {
        return descriptors.get(score - 1);
    }
}
