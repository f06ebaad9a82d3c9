package org.sendpmo.kpi;

import java.math.BigDecimal;

/**
 * @param thresholdPercent a month differing from the baseline by more than this percentage of it is
 *                         improving or worsening; otherwise stable (methodology §5: 5)
 */
public record KpiTrendSettings(BigDecimal thresholdPercent) {


    public KpiTrendSettings {
        if (thresholdPercent == null) {
            throw new IllegalArgumentException("kpi.trend-threshold-percent is required");
        }
        if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(new BigDecimal("100")) >= 0) {
            throw new IllegalArgumentException("kpi.trend-threshold-percent must be at least 0 and below 100; it is "
                    + thresholdPercent.toPlainString());
        }
    }
}
