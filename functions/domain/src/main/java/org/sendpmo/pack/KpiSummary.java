package org.sendpmo.pack;

import java.math.BigDecimal;
import org.sendpmo.kpi.Baseline;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiTrend;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.kpi.Trend;

/**
 * A KPI's trend in a sentence or two: the text equivalent of its chart. For example, "EHCPs issued: 240 in
 * October 2026, 11.2% lower than the 2025 baseline of 270.3: improving, as lower is better. September 2026:
 * 262, stable."
 */
final class KpiSummary {

    private KpiSummary() {
    }

    static String of(KpiTrend trend, java.time.YearMonth upTo, BigDecimal thresholdPercent) {
        KpiDefinition kpi = trend.kpi();
        if (trend.latest().isEmpty()) {
            return kpi.name() + ": no Kent-wide value recorded up to " + KpiFormat.month(upTo) + ".";
        }
        KpiTrend.MonthTrend latest = trend.latest().get(0);
        StringBuilder s = new StringBuilder(kpi.name()).append(": ")
                .append(KpiFormat.value(latest.value(), kpi.unit())).append(" in ").append(KpiFormat.month(latest.month()))
                .append(", ").append(against(latest, trend.baseline(), kpi)).append(": ")
                .append(judgement(latest.trend(), kpi.polarity(), thresholdPercent)).append('.');
        if (trend.latest().size() > 1) {
            KpiTrend.MonthTrend before = trend.latest().get(1);
            s.append(' ').append(KpiFormat.month(before.month())).append(": ")
                    .append(KpiFormat.value(before.value(), kpi.unit())).append(", ")
                    .append(before.trend().label().toLowerCase(java.util.Locale.UK)).append('.');
        }
        return s.toString();
    }

    private static String against(KpiTrend.MonthTrend month, Baseline baseline, KpiDefinition kpi) {
        if (!(baseline instanceof Baseline.Mean mean)) {
            return "with no baseline, as no value was recorded in " + baseline.year();
        }
        String base = "the " + mean.year() + " baseline of " + KpiFormat.value(mean.value(), kpi.unit(), 1);
        if (month.changePercent().isEmpty()) {
            return month.value().signum() == 0 ? "the same as " + base : "against " + base;
        }
        BigDecimal change = month.changePercent().get();
        if (change.signum() == 0) {
            return "the same as " + base;
        }
        return change.abs().stripTrailingZeros().toPlainString() + "% " + (change.signum() > 0 ? "higher" : "lower")
                + " than " + base;
    }

    private static String judgement(Trend trend, Polarity polarity, BigDecimal threshold) {
        String better = polarity == Polarity.LOWER_IS_BETTER ? "lower is better" : "higher is better";
        switch (trend) {
            case IMPROVING:
                return "improving, as " + better;
            case WORSENING:
                return "worsening, as " + better;
            case STABLE:
                return "stable (within " + threshold.stripTrailingZeros().toPlainString() + "% of the baseline)";
            case NOT_JUDGED:
                return "not judged, as the KPI's good direction is not stated";
            default:
                return "no trend without a baseline";
        }
    }
}
