package org.sendpmo.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.sendpmo.kpi.Baseline;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiTrend;
import org.sendpmo.kpi.Trend;
import org.sendpmo.project.ImprovementArea;

/**
 * The KPIs page (methodology §5): every KPI's Kent-wide values up to the reporting month against its
 * baseline, the latest two months' trends in words, its targets, a small chart with a text summary and
 * the chart's data, and the projects that reported a value of it for the month.
 *
 * @param month            the cycle's reporting month
 * @param thresholdPercent a month beyond this percentage of the baseline is improving or worsening
 * @param kpis             critical KPIs first, then by id
 */
public record KpiPage(YearMonth month, BigDecimal thresholdPercent, List<Row> kpis) {

    public KpiPage {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        kpis = List.copyOf(kpis);
    }

    /** KPIs whose latest month is worsening against the baseline, in page order. */
    public List<Row> worsening() {
        return kpis.stream().filter(r -> r.latestTrend() == Trend.WORSENING).toList();
    }

    /** KPIs with a Kent-wide value revised since the previous pack, in page order. */
    public List<Row> revised() {
        return kpis.stream().filter(r -> !r.revisions().isEmpty()).toList();
    }

    public List<Row> critical() {
        return kpis.stream().filter(r -> r.kpi().critical()).toList();
    }

    /**
     * A Kent-wide value revised since the previous pack.
     *
     * @param value      the value in force, in the KPI's unit
     * @param receivedOn the day the revision arrived ("21 October 2026")
     * @param reason     why, in words ("Reason given: …", or that none was recorded)
     */
    public record Revision(String month, String value, int version, String receivedOn, String reason) {
    }

    /** A month's value, with its display form in the KPI's unit. */
    public record Point(YearMonth month, BigDecimal value, String label) {
    }

    /**
     * @param series     Kent-wide values from January of the baseline year to the reporting month, oldest first
     * @param chart      null when there is no value to draw
     * @param summary    the chart's text equivalent: latest value, baseline, change and trend in words
     * @param reportedBy projects with a value of this KPI of their own for the reporting month
     * @param revisions  Kent-wide values revised since the previous pack's cut-off, in month order (none without one)
     */
    public record Row(KpiDefinition kpi, KpiTrend trend, List<Point> series, KpiChart chart, String summary,
                      List<ProjectLink> reportedBy, List<Revision> revisions) {
        public Row {
            revisions = List.copyOf(revisions);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(trend, "trend");
            series = List.copyOf(series);
            Objects.requireNonNull(summary, "summary");
            reportedBy = List.copyOf(reportedBy);
        }

        public String anchor() {
            return "kpi-" + kpi.id();
        }

        /** The baseline the programme agreed, "598 (December 2022)", or null when none was. */
        public String agreedBaselineLabel() {
            org.sendpmo.kpi.AgreedBaseline b = kpi.baseline();
            return b == null ? null : KpiFormat.value(b.value(), kpi.unit()) + " (" + KpiFormat.month(b.month()) + ")";
        }

        /** The id of the summary that labels the chart. */
        public String summaryId() {
            return anchor() + "-summary";
        }

        public boolean hasValues() {
            return !series.isEmpty();
        }

        /** The latest month's trend, or null when the KPI has no value up to the reporting month. */
        public Trend latestTrend() {
            return trend.latest().isEmpty() ? null : trend.latest().get(0).trend();
        }

        /** The latest month's trend in words, or "No data". */
        public String trendLabel() {
            Trend t = latestTrend();
            return t == null ? "No data" : t.label();
        }

        public String latestLabel() {
            return trend.latest().isEmpty() ? "No value" : KpiFormat.value(trend.latest().get(0).value(), kpi.unit())
                    + " (" + KpiFormat.month(trend.latest().get(0).month()) + ")";
        }

        public String baselineLabel() {
            if (trend.baseline() instanceof Baseline.Mean mean) {
                return KpiFormat.value(mean.value(), kpi.unit(), 1) + " (mean of " + mean.monthsUsed()
                        + (mean.monthsUsed() == 1 ? " month" : " months") + " of " + mean.year() + ")";
            }
            return "None: no value in " + trend.baseline().year();
        }

        public List<ImprovementArea> areas() {
            return kpi.areas().stream().sorted().toList();
        }

        public String targetsLabel() {
            if (!kpi.targets().anySet()) {
                return "None set";
            }
            StringBuilder s = new StringBuilder();
            kpi.targets().threeMonths().ifPresent(t -> s.append("3 months: ").append(KpiFormat.value(t, kpi.unit())));
            kpi.targets().sixMonths().ifPresent(t -> s.append(s.length() == 0 ? "" : "; ").append("6 months: ")
                    .append(KpiFormat.value(t, kpi.unit())));
            kpi.targets().twelveMonths().ifPresent(t -> s.append(s.length() == 0 ? "" : "; ").append("12 months: ")
                    .append(KpiFormat.value(t, kpi.unit())));
            return s.toString();
        }
    }
}
