package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** The mean of the previous calendar year's monthly values (methodology §5), or the lack of one. */
public sealed interface Baseline {

    int year();

    /**
     * @param sum        of the monthly values used (kept so trend comparisons are exact)
     * @param monthsUsed months of the year with a value (1 to 12); missing months are left out, not counted as 0
     */
    record Mean(int year, BigDecimal sum, int monthsUsed) implements Baseline {
        public Mean {
            Objects.requireNonNull(sum, "sum");
            if (monthsUsed < 1 || monthsUsed > 12) {
                throw new IllegalArgumentException("a baseline uses 1 to 12 months, not " + monthsUsed);
            }
        }

        /** The mean, to 16 significant digits, without trailing zeros or an exponent (300, not 3E+2), for display. */
        public BigDecimal value() {
            BigDecimal mean = sum.divide(BigDecimal.valueOf(monthsUsed), MathContext.DECIMAL64).stripTrailingZeros();
            return mean.scale() < 0 ? mean.setScale(0) : mean;
        }
    }

    /** No value at all in the baseline year. */
    record None(int year) implements Baseline {
    }
}
