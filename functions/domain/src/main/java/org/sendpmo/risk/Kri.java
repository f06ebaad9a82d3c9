package org.sendpmo.risk;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A key risk indicator (domain-facts §6, §10.3). A value at a threshold has that threshold's status:
 * higher-is-worse is red at or above {@code red}, amber at or above {@code amber}; lower-is-worse is red
 * at or below {@code red}, amber at or below {@code amber}. Amber and red may be equal (no amber zone).
 *
 * @param latest the latest value recorded, or {@code null} when none has been (lifelong risks may have none)
 */
public record Kri(String name, KriPolarity polarity, BigDecimal amber, BigDecimal red, KriReading latest) {

    public Kri {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("KRI name is required");
        }
        Objects.requireNonNull(polarity, () -> "polarity of KRI " + name);
        Objects.requireNonNull(amber, () -> "amber threshold of KRI " + name);
        Objects.requireNonNull(red, () -> "red threshold of KRI " + name);
        if (polarity == KriPolarity.HIGHER_IS_WORSE && amber.compareTo(red) > 0) {
            throw new IllegalArgumentException("KRI " + name + " is higher-is-worse, so its amber threshold " + amber
                    + " must not be above its red threshold " + red);
        }
        if (polarity == KriPolarity.LOWER_IS_WORSE && amber.compareTo(red) < 0) {
            throw new IllegalArgumentException("KRI " + name + " is lower-is-worse, so its amber threshold " + amber
                    + " must not be below its red threshold " + red);
        }
    }

    public Optional<KriReading> latestReading() {
        return Optional.ofNullable(latest);
    }
}
