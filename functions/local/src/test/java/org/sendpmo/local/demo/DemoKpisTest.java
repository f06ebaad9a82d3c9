package org.sendpmo.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.ImprovementArea;

class DemoKpisTest {

    private final List<KpiDefinition> kpis = DemoKpis.all();

    @Test
    void fiveCriticalAndTwentyNinePerAreaKpisWithUniqueIds() {
        assertEquals(34, kpis.size());
        assertEquals(34, kpis.stream().map(KpiDefinition::id).distinct().count());
        assertEquals(List.of("CK1", "CK2", "CK3", "CK4", "CK5"),
                kpis.stream().filter(KpiDefinition::critical).map(KpiDefinition::id).toList());
        assertTrue(kpis.stream().filter(KpiDefinition::critical).allMatch(k -> k.polarity() == Polarity.LOWER_IS_BETTER),
                "all five critical KPIs should go down");
    }

    @Test
    void everyAreaButC4AndC7HasAKpi() {
        Set<ImprovementArea> covered = kpis.stream().flatMap(k -> k.areas().stream()).collect(Collectors.toSet());
        assertEquals(EnumSet.complementOf(EnumSet.of(ImprovementArea.C4, ImprovementArea.C7)), EnumSet.copyOf(covered));
    }

    @Test
    void onlyTheUnstatedOnesHaveNoDirection() {
        assertEquals(List.of("K27", "K28"),
                kpis.stream().filter(k -> k.polarity() == Polarity.NOT_STATED).map(KpiDefinition::id).toList());
    }

    @Test
    void theKentSeriesGiveTheOctober2026PackImprovingWorseningAndStableKpis() {
        org.sendpmo.kpi.KpiTrendService trends = new org.sendpmo.kpi.KpiTrendService(
                new org.sendpmo.kpi.KpiTrendSettings(java.math.BigDecimal.valueOf(5)));
        java.time.YearMonth october = java.time.YearMonth.of(2026, 10);
        java.util.Map<String, org.sendpmo.kpi.Trend> byKpi = new java.util.TreeMap<>();
        for (DemoKpis.KentSeries series : DemoKpis.kentSeries()) {
            KpiDefinition kpi = kpis.stream().filter(k -> k.id().equals(series.kpiId())).findFirst().orElseThrow();
            List<org.sendpmo.kpi.KpiObservation> values = new java.util.ArrayList<>();
            for (java.time.YearMonth m = DemoKpis.KENT_FROM; !m.isAfter(october); m = m.plusMonths(1)) {
                values.add(new org.sendpmo.kpi.KpiObservation(kpi.id(), m, series.value(m), 1));
            }
            byKpi.put(kpi.id(), trends.trend(kpi, values, october).latest().get(0).trend());
        }
        assertEquals(Set.of(org.sendpmo.kpi.Trend.IMPROVING, org.sendpmo.kpi.Trend.WORSENING, org.sendpmo.kpi.Trend.STABLE),
                Set.copyOf(byKpi.values()), byKpi.toString());
        assertEquals(DemoKpis.kentSeries().get(0).value(october), DemoKpis.kentSeries().get(0).value(october), "deterministic");
    }
}
