package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One Kent-wide (programme-level) KPI figure as the performance team provides it in the observations upload.
 *
 * @param value  in the KPI's unit
 * @param reason why an earlier figure for the same KPI and month is being revised; null when none is given
 */
public record KpiFigure(String kpiId, YearMonth month, BigDecimal value, String reason) {

    public KpiFigure {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(value, "value");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Whether recording this figure would revise the one in force (a different number; the same is no change). */
    public boolean revises(KpiStore.RecordedValue inForce) {
        return inForce != null && inForce.observation().value().compareTo(value) != 0;
    }

    /** Why a revision without a reason is refused, and what to do, naming the figure it would replace. */
    public String reasonNeeded(KpiStore.RecordedValue inForce, KpiUnit unit) {
        return kpiId + " already has " + inForce.observation().value().toPlainString() + " " + unit.label() + " for "
                + month + " (version " + inForce.observation().version() + "); " + value.toPlainString()
                + " would revise it, so give the reason for the revision";
    }
}
