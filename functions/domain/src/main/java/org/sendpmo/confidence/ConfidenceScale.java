package org.sendpmo.confidence;

import java.util.List;

/**
 * The two forms of the delivery confidence scale (methodology §4; the IPA has used both, domain-facts
 * §10.3). Evidence is counted in steps on the 5-point ladder (Green 0, Amber/Green 1, Amber 2,
 * Amber/Red 3, Red 4 or more). The 3-point form reads the same count: Green only with no adverse
 * evidence (0 steps), Red at the same point as on the 5-point form (4 or more), Amber in between. So a
 * 3-point Green never hides evidence, and a project is never Red sooner on one form than on the other.
 */
public enum ConfidenceScale {
    FIVE_POINT(List.of(ConfidenceRating.GREEN, ConfidenceRating.AMBER_GREEN, ConfidenceRating.AMBER,
            ConfidenceRating.AMBER_RED, ConfidenceRating.RED)),
    THREE_POINT(List.of(ConfidenceRating.GREEN, ConfidenceRating.AMBER, ConfidenceRating.RED));

    /** Steps at which the rating reaches Red, on either form. */
    public static final int RED_AT_STEPS = 4;

    private final List<ConfidenceRating> levels;

    ConfidenceScale(List<ConfidenceRating> levels) {
        this.levels = levels;
    }

    /** The ratings on this scale, best first. */
    public List<ConfidenceRating> levels() {
        return levels;
    }

    public boolean contains(ConfidenceRating rating) {
        return levels.contains(rating);
    }

    /** The rating for a count of steps from Green; counts past Red stay at Red. */
    public ConfidenceRating fromSteps(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps cannot be negative: " + steps);
        }
        int fivePoint = Math.min(steps, RED_AT_STEPS);
        if (this == FIVE_POINT) {
            return levels.get(fivePoint);
        }
        if (fivePoint == 0) {
            return ConfidenceRating.GREEN;
        }
        return fivePoint == RED_AT_STEPS ? ConfidenceRating.RED : ConfidenceRating.AMBER;
    }
}
