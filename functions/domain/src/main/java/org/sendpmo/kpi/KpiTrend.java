package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's baseline, the trend of each of its latest two months, and its targets (methodology §5).
 *
 * @param latest up to two months, latest first; fewer when fewer months have values
 */
public record KpiTrend(KpiDefinition kpi, Baseline baseline, List<MonthTrend> latest) {

    /**
     * @param changePercent (value − baseline) / |baseline| × 100 to 2 decimal places; empty with no baseline or a baseline of 0
     */
    public record MonthTrend(YearMonth month, BigDecimal value, Trend trend, Optional<BigDecimal> changePercent) {
        public MonthTrend {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(trend, "trend");
            Objects.requireNonNull(changePercent, "changePercent");
        }
    }

    public KpiTrend {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(baseline, "baseline");
        latest = List.copyOf(latest);
        if (latest.size() > 2) {
            throw new IllegalArgumentException("at most two latest months, not " + latest.size());
        }
    }

    public KpiTargets targets() {
        return kpi.targets();
    }
}
