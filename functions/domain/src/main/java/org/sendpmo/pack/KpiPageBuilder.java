package org.sendpmo.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sendpmo.kpi.Baseline;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiObservation;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiTrend;
import org.sendpmo.kpi.KpiTrendService;
import org.sendpmo.project.Project;

/**
 * Builds the {@link KpiPage}: per KPI, the trend service's baseline and trends from the Kent-wide
 * (programme-level) values, the chart series from January of the baseline year, and the projects that
 * reported a value of their own for the reporting month.
 */
final class KpiPageBuilder {

    private final KpiTrendService trends;

    KpiPageBuilder(KpiTrendService trends) {
        this.trends = trends;
    }

    /**
     * @param values        the latest version of every value received by the cut-off, up to the reporting month
     * @param revisedSince  the previous pack's cut-off (the first instant after it); null when there is no previous pack
     */
    KpiPage build(List<KpiDefinition> definitions, List<KpiStore.RecordedValue> values, YearMonth month,
                  Map<String, Project> projects, java.time.Instant revisedSince) {
        List<KpiStore.RecordedValue> revised = revisedSince == null ? List.of()
                : KpiRevisions.revisedSince(revisedSince, values).stream().filter(KpiStore.RecordedValue::programmeLevel).toList();
        List<KpiPage.Row> rows = new ArrayList<>();
        definitions.stream()
                .sorted(Comparator.comparing((KpiDefinition k) -> !k.critical()).thenComparing(KpiDefinition::id))
                .forEach(kpi -> rows.add(row(kpi, values, month, projects, revisions(kpi, revised))));
        return new KpiPage(month, trends.settings().thresholdPercent(), rows);
    }

    private static List<KpiPage.Revision> revisions(KpiDefinition kpi, List<KpiStore.RecordedValue> revised) {
        return revised.stream().filter(v -> v.observation().kpiId().equals(kpi.id()))
                .sorted(Comparator.comparing(v -> v.observation().month()))
                .map(v -> new KpiPage.Revision(KpiFormat.month(v.observation().month()),
                        KpiFormat.value(v.observation().value(), kpi.unit()), v.observation().version(),
                        KpiRevisions.receivedOn(v), KpiRevisions.reason(v)))
                .toList();
    }

    private KpiPage.Row row(KpiDefinition kpi, List<KpiStore.RecordedValue> values, YearMonth month,
                            Map<String, Project> projects, List<KpiPage.Revision> revisions) {
        List<KpiObservation> kent = values.stream()
                .filter(v -> v.programmeLevel() && v.observation().kpiId().equals(kpi.id())
                        && !v.observation().month().isAfter(month))
                .map(KpiStore.RecordedValue::observation).toList();
        KpiTrend trend = trends.trend(kpi, kent, month);
        YearMonth from = YearMonth.of(trend.baseline().year(), 1);
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        kent.stream().filter(o -> !o.month().isBefore(from))
                .forEach(o -> byMonth.merge(o.month(), o.value(), (a, b) -> b));
        List<KpiPage.Point> series = byMonth.entrySet().stream()
                .map(e -> new KpiPage.Point(e.getKey(), e.getValue(), KpiFormat.value(e.getValue(), kpi.unit()))).toList();
        BigDecimal baseline = trend.baseline() instanceof Baseline.Mean mean ? mean.value() : null;
        List<ProjectLink> reportedBy = values.stream()
                .filter(v -> !v.programmeLevel() && v.observation().kpiId().equals(kpi.id())
                        && v.observation().month().equals(month))
                .map(KpiStore.RecordedValue::projectId).distinct().sorted()
                .map(id -> ProjectLink.of(id, projects)).toList();
        return new KpiPage.Row(kpi, trend, series, series.isEmpty() ? null : KpiChart.of(series, baseline, kpi.unit()),
                KpiSummary.of(trend, month, trends.settings().thresholdPercent()), reportedBy, revisions);
    }
}
