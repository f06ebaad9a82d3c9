package org.sendpmo.scoring.stability;

import java.math.BigDecimal;
import java.util.Objects;
import org.sendpmo.scoring.Criterion;

/** The smallest single-weight change that moves a project across the top-N line. */
public sealed interface TippingPoint {

    /** The project's base rank is further than {@code nearLine} ranks from the line: not assessed. */
    record NotNearLine() implements TippingPoint {
    }

    /** No single weight, moved anywhere in (0, tippingMaxFactor × its value], moves the project across the line. */
    record NoSingleWeight() implements TippingPoint {
    }

    /**
     * @param fromWeight     the configured weight
     * @param toWeight       the weight at which the project crosses, 6 decimals half-up (the exact value is a ratio)
     * @param raise          true when the weight goes up, false when it goes down (needed when the change is 0:
     *                       a project tied at the line crosses with any change, in one direction only)
     * @param changePercent  (toWeight − fromWeight) / fromWeight in percent, 2 decimals half-up; negative for a decrease
     * @param intoTopN       true when the change moves the project into the top N, false when it pushes it out
     * @param strictlyBeyond false: the project is across the line at exactly {@code toWeight} (a tie ranks it level);
     *                       true: it crosses for any weight strictly beyond {@code toWeight}
     */
    record WeightChange(Criterion criterion, BigDecimal fromWeight, BigDecimal toWeight, boolean raise, BigDecimal changePercent,
                        boolean intoTopN, boolean strictlyBeyond) implements TippingPoint {
        public WeightChange {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(fromWeight, "fromWeight");
            Objects.requireNonNull(toWeight, "toWeight");
            Objects.requireNonNull(changePercent, "changePercent");
        }
    }
}
