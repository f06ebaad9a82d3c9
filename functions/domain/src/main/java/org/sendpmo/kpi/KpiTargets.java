package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.util.Optional;

/** Targets 3, 6 and 12 months after the baseline; each may be unset (null). Shown beside the trend. */
public record KpiTargets(BigDecimal at3Months, BigDecimal at6Months, BigDecimal at12Months) {

    public static final KpiTargets NONE = new KpiTargets(null, null, null);

    public Optional<BigDecimal> threeMonths() {
        return Optional.ofNullable(at3Months);
    }

    public Optional<BigDecimal> sixMonths() {
        return Optional.ofNullable(at6Months);
    }

    public Optional<BigDecimal> twelveMonths() {
        return Optional.ofNullable(at12Months);
    }

    public boolean anySet() {
        return at3Months != null || at6Months != null || at12Months != null;
    }
}
