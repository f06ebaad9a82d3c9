package org.sendpmo.confidence;

import java.util.List;
import java.util.Objects;

/**
 * Delivery confidence computed from evidence (methodology §4): Green, one step worse per reason, stopping
 * at Red. Every reason is listed, including any beyond the point where the rating reached Red, so that
 * the pack shows all the evidence.
 *
 * @param steps the total steps from all reasons (may exceed what the scale can show)
 */
public record IndicativeConfidence(ConfidenceScale scale, ConfidenceRating rating, int steps,
                                   List<ConfidenceReason> reasons) {

    public IndicativeConfidence {
        Objects.requireNonNull(scale, "scale");
        reasons = List.copyOf(reasons);
        int sum = reasons.stream().mapToInt(ConfidenceReason::steps).sum();
        if (steps != sum) {
            throw new IllegalArgumentException("steps " + steps + " do not match the reasons, which add up to " + sum);
        }
        if (rating != scale.fromSteps(steps)) {
            throw new IllegalArgumentException(steps + " steps on the " + scale.name() + " scale is "
                    + scale.fromSteps(steps).label() + ", not " + rating);
        }
    }

    static IndicativeConfidence of(ConfidenceScale scale, List<ConfidenceReason> reasons) {
        int steps = reasons.stream().mapToInt(ConfidenceReason::steps).sum();
        return new IndicativeConfidence(scale, scale.fromSteps(steps), steps, reasons);
    }

    /** Whether evidence beyond Red was found (the rating was clamped). */
    public boolean clampedAtRed() {
        return steps > ConfidenceScale.RED_AT_STEPS;
    }
}
