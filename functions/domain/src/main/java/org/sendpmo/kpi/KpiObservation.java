package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month's value of a KPI (Kent-wide). A revised figure is a new version; the highest version counts.
 *
 * @param value in the KPI's unit (a percentage as 42.5, not 0.425)
 */
public record KpiObservation(String kpiId, YearMonth month, BigDecimal value, int version) {

    public KpiObservation {
        if (kpiId == null || kpiId.isBlank()) {
            throw new IllegalArgumentException("observation needs a KPI id");
        }
        Objects.requireNonNull(month, "month of " + kpiId);
        Objects.requireNonNull(value, "value of " + kpiId + " " + month);
        if (version < 1) {
            throw new IllegalArgumentException("version of " + kpiId + " " + month + " must be 1 or more: " + version);
        }
    }
}
