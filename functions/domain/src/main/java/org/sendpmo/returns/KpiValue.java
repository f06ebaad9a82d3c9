package org.sendpmo.returns;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project's value of one KPI for the return's month, in the KPI's own unit (a percentage as 42.5,
 * not 0.425). Recorded with the return, it becomes the project's observation in the KPI store.
 */
public record KpiValue(String kpiId, BigDecimal value) {

    /** Values must be smaller than this in size, either way. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000");

    public KpiValue {
        if (kpiId == null || kpiId.isBlank()) {
            throw new IllegalArgumentException("a KPI value needs the KPI's id");
        }
        Objects.requireNonNull(value, "value of KPI " + kpiId);
        if (!inRange(value)) {
            throw new IllegalArgumentException("value of KPI " + kpiId + " must be less than " + MAX_MAGNITUDE.toPlainString()
                    + " in size: " + value.toPlainString());
        }
        value = Decimals.canonical(value);
    }

    public static boolean inRange(BigDecimal value) {
        return value.abs().compareTo(MAX_MAGNITUDE) < 0;
    }
}
