package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Baselines and trends (methodology §5, domain facts §7.1 trend rule).
 * <ul>
 * <li>Baseline: the mean of the monthly values of the calendar year before the assessment month's
 *     year. Months without a value are left out of the mean (not taken as 0); the number used is
 *     reported. No value in that year: no baseline, and every month's trend is "no baseline".</li>
 * <li>Latest two months: the two latest months with a value, at or before the assessment month,
 *     compared with the same baseline.</li>
 * <li>Improving / worsening when the value differs from the baseline by more than the threshold
 *     percentage of |baseline| in the good / bad direction; exactly at the threshold is stable.</li>
 * <li>Baseline 0: no percentage exists; the same value is stable, any other value is improving or
 *     worsening by its direction.</li>
 * </ul>
 * Comparisons are exact: |value·n − sum|·100 against threshold·|sum|, never a rounded mean.
 */
public final class KpiTrendService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KpiTrendSettings settings;

    public KpiTrendService(KpiTrendSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The threshold in force, for the pack to state. */
    public KpiTrendSettings settings() {
        return settings;
    }

    /**
     * @param observations the KPI's observations (other KPIs' are refused), any months and versions
     * @param assessedMonth usually the cycle's reporting month
     */
    public KpiTrend trend(KpiDefinition kpi, Collection<KpiObservation> observations, YearMonth assessedMonth) {
        Map<YearMonth, BigDecimal> values = latestVersions(kpi, observations);
        Baseline baseline = baseline(values, assessedMonth.getYear() - 1);
        List<KpiTrend.MonthTrend> latest = new ArrayList<>();
        values.entrySet().stream()
                .filter(e -> !e.getKey().isAfter(assessedMonth))
                .sorted(Map.Entry.<YearMonth, BigDecimal>comparingByKey().reversed())
                .limit(2)
                .forEach(e -> latest.add(monthTrend(kpi.polarity(), baseline, e.getKey(), e.getValue())));
        return new KpiTrend(kpi, baseline, latest);
    }

    private static Map<YearMonth, BigDecimal> latestVersions(KpiDefinition kpi, Collection<KpiObservation> observations) {
        Map<YearMonth, KpiObservation> byMonth = new TreeMap<>();
        for (KpiObservation o : observations) {
            if (!o.kpiId().equals(kpi.id())) {
                throw new IllegalArgumentException("observation of " + o.kpiId() + " passed for KPI " + kpi.id());
            }
            byMonth.merge(o.month(), o, (a, b) -> {
                if (a.version() == b.version()) {
                    throw new IllegalArgumentException(kpi.id() + " " + o.month() + " has two observations numbered version " + a.version());
                }
                return a.version() > b.version() ? a : b;
            });
        }
        Map<YearMonth, BigDecimal> values = new TreeMap<>(Comparator.naturalOrder());
        byMonth.forEach((m, o) -> values.put(m, o.value()));
        return values;
    }

    private static Baseline baseline(Map<YearMonth, BigDecimal> values, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        int months = 0;
        for (Map.Entry<YearMonth, BigDecimal> e : values.entrySet()) {
            if (e.getKey().getYear() == year) {
                sum = sum.add(e.getValue());
                months++;
            }
        }
        return months == 0 ? new Baseline.None(year) : new Baseline.Mean(year, sum, months);
    }

    private KpiTrend.MonthTrend monthTrend(Polarity polarity, Baseline baseline, YearMonth month, BigDecimal value) {
        if (!(baseline instanceof Baseline.Mean mean)) {
            return new KpiTrend.MonthTrend(month, value, Trend.NO_BASELINE, Optional.empty());
        }
        BigDecimal n = BigDecimal.valueOf(mean.monthsUsed());
        // difference × n, so that no division by n is needed: sign(value − mean) = sign(value·n − sum)
        BigDecimal scaledDifference = value.multiply(n).subtract(mean.sum());
        Optional<BigDecimal> changePercent = mean.sum().signum() == 0 ? Optional.empty()
                : Optional.of(scaledDifference.multiply(HUNDRED).divide(mean.sum().abs(), 2, RoundingMode.HALF_UP));
        boolean beyondThreshold = mean.sum().signum() == 0
                ? scaledDifference.signum() != 0
                : scaledDifference.abs().multiply(HUNDRED).compareTo(settings.thresholdPercent().multiply(mean.sum().abs())) > 0;
        Trend trend;
        if (!beyondThreshold) {
            trend = Trend.STABLE;
        } else if (polarity == Polarity.NOT_STATED) {
            trend = Trend.NOT_JUDGED;
        } else {
            boolean up = scaledDifference.signum() > 0;
            trend = up == (polarity == Polarity.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
        }
        return new KpiTrend.MonthTrend(month, value, trend, changePercent);
    }
}
