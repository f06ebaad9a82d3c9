package org.sendpmo.returns;

import java.math.BigDecimal;

/** Decimals in one form, so that 45, 45.0 and 45.00 are equal values with equal canonical bytes. */
final class Decimals {

    private Decimals() {
    }

    /** No trailing zeros and no exponent: 45.50 is 45.5, 1.25E+6 is 1250000; null stays null. */
    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
