package org.sendpmo.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiTrendServiceTest {

    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);
    private final KpiTrendService service = new KpiTrendService(new KpiTrendSettings(new java.math.BigDecimal("5")));

    private static KpiObservation obs(KpiDefinition kpi, String month, String value) {
        return new KpiObservation(kpi.id(), YearMonth.parse(month), new BigDecimal(value), 1);
    }

    /** 2025: twelve months summing to 3600, mean 300; 5 % of it is 15. */
    private static List<KpiObservation> year2025(KpiDefinition kpi) {
        String[] values = {"290", "310", "300", "300", "295", "305", "300", "300", "310", "290", "300", "300"};
        List<KpiObservation> list = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            list.add(obs(kpi, YearMonth.of(2025, m + 1).toString(), values[m]));
        }
        return list;
    }

    @ParameterizedTest(name = "{0}: March {1} vs baseline 300 → {2} ({3} %)")
    @CsvSource({
            // polarity         value    trend      change %
            "LOWER_IS_BETTER,  300,     STABLE,    0.00",
            "LOWER_IS_BETTER,  315,     STABLE,    5.00",   // exactly 5 % is not "more than 5 %"
            "LOWER_IS_BETTER,  315.01,  WORSENING, 5.00",   // 15.01 / 300 = 5.0033 %
            "LOWER_IS_BETTER,  285,     STABLE,    -5.00",
            "LOWER_IS_BETTER,  284.99,  IMPROVING, -5.00",
            "LOWER_IS_BETTER,  240,     IMPROVING, -20.00",
            "HIGHER_IS_BETTER, 315,     STABLE,    5.00",
            "HIGHER_IS_BETTER, 315.01,  IMPROVING, 5.00",
            "HIGHER_IS_BETTER, 284.99,  WORSENING, -5.00",
            "HIGHER_IS_BETTER, 360,     IMPROVING, 20.00",
            "NOT_STATED,       360,     NOT_JUDGED, 20.00",
            "NOT_STATED,       310,     STABLE,    3.33",
    })
    void trendAgainstTheBaselineByPolarity(Polarity polarity, String value, Trend trend, String change) {
        KpiDefinition kpi = KpiCatalogue.withPolarity(KpiCatalogue.CK1, polarity);
        List<KpiObservation> observations = new ArrayList<>(year2025(kpi));
        observations.add(obs(kpi, "2026-03", value));
        KpiTrend result = service.trend(kpi, observations, MARCH_2026);
        Baseline.Mean mean = assertInstanceOf(Baseline.Mean.class, result.baseline());
        assertEquals(2025, mean.year());
        assertEquals(12, mean.monthsUsed());
        assertEquals(new BigDecimal("300"), mean.value());
        KpiTrend.MonthTrend march = result.latest().get(0);
        assertEquals(MARCH_2026, march.month());
        assertEquals(trend, march.trend());
        assertEquals(Optional.of(new BigDecimal(change)), march.changePercent());
    }

    @Test
    void theLatestTwoMonthsAreEachJudgedAgainstTheSameBaselineLatestFirst() {
        KpiDefinition kpi = KpiCatalogue.CK3;
        List<KpiObservation> observations = new ArrayList<>(year2025(kpi));
        observations.add(obs(kpi, "2026-01", "330"));   // +10 %: worse
        observations.add(obs(kpi, "2026-02", "320"));   // +6.67 %: worse
        observations.add(obs(kpi, "2026-03", "290"));   // −3.33 %: stable
        observations.add(obs(kpi, "2026-04", "200"));   // after the assessed month: not used
        KpiTrend result = service.trend(kpi, observations, MARCH_2026);
        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 2)),
                result.latest().stream().map(KpiTrend.MonthTrend::month).toList());
        assertEquals(List.of(Trend.STABLE, Trend.WORSENING), result.latest().stream().map(KpiTrend.MonthTrend::trend).toList());
        assertEquals(new BigDecimal("6.67"), result.latest().get(1).changePercent().orElseThrow());
    }

    /** Nine months of 2025 (Mar–Nov) summing to 540: mean 60 over 9 months, the missing three left out. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"63, STABLE", "63.01, IMPROVING", "56.99, WORSENING", "57, STABLE"})
    void missingMonthsAreLeftOutOfTheBaseline(String february, Trend trend) {
        KpiDefinition kpi = KpiCatalogue.K04;
        String[] values = {"60", "62", "58", "61", "59", "60", "60", "61", "59"};
        List<KpiObservation> observations = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            observations.add(obs(kpi, YearMonth.of(2025, i + 3).toString(), values[i]));
        }
        observations.add(obs(kpi, "2026-02", february));
        KpiTrend result = service.trend(kpi, observations, MARCH_2026);
        Baseline.Mean mean = assertInstanceOf(Baseline.Mean.class, result.baseline());
        assertEquals(9, mean.monthsUsed());
        assertEquals(new BigDecimal("60"), mean.value());
        // no March value: the latest two months with values are February 2026 and November 2025 (59, −1.67 %)
        assertEquals(List.of(YearMonth.of(2026, 2), YearMonth.of(2025, 11)),
                result.latest().stream().map(KpiTrend.MonthTrend::month).toList());
        assertEquals(trend, result.latest().get(0).trend());
        assertEquals(Trend.STABLE, result.latest().get(1).trend());
    }

    /**
     * Baseline 301 / 3 = 100.333…, whose 5 % is 5.01666…; 105.35 is exactly 5 % above it
     * (105.35 × 3 − 301 = 15.05 and 15.05 × 100 = 5 × 301), so stable. Compared as |v·3 − 301|·100 against 5·301.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"105.35, STABLE", "105.3501, IMPROVING",
            "95.3167, STABLE",      // 301 − 285.9501 = 15.0499 below the mean: 1504.99 < 1505
            "95.3166, WORSENING"})  // 301 − 285.9498 = 15.0502: 1505.02 > 1505
    void theFivePercentEdgeIsExactWithARecurringMean(String value, Trend trend) {
        KpiDefinition kpi = KpiCatalogue.K04;
        List<KpiObservation> observations = List.of(obs(kpi, "2025-10", "100"), obs(kpi, "2025-11", "100"),
                obs(kpi, "2025-12", "101"), obs(kpi, "2026-03", value));
        KpiTrend result = service.trend(kpi, observations, MARCH_2026);
        assertEquals(new BigDecimal("100.3333333333333"), ((Baseline.Mean) result.baseline()).value());
        assertEquals(trend, result.latest().get(0).trend());
    }

    @ParameterizedTest(name = "{0}, baseline 0, value {1} → {2}")
    @CsvSource({
            "LOWER_IS_BETTER,  0, STABLE",
            "LOWER_IS_BETTER,  1, WORSENING",
            "HIGHER_IS_BETTER, 1, IMPROVING",
            "HIGHER_IS_BETTER, 0.5, IMPROVING",
            "NOT_STATED,       1, NOT_JUDGED",
    })
    void aBaselineOfZeroHasNoPercentageButStillADirection(Polarity polarity, String value, Trend trend) {
        KpiDefinition kpi = KpiCatalogue.withPolarity(KpiCatalogue.K07, polarity);
        List<KpiObservation> observations = List.of(obs(kpi, "2025-06", "0"), obs(kpi, "2025-07", "0"),
                obs(kpi, "2026-03", value));
        KpiTrend.MonthTrend march = service.trend(kpi, observations, MARCH_2026).latest().get(0);
        assertEquals(trend, march.trend());
        assertEquals(Optional.empty(), march.changePercent());
    }

    @Test
    void noValueInThePreviousYearMeansNoBaseline() {
        KpiDefinition kpi = KpiCatalogue.CK2;
        List<KpiObservation> observations = List.of(obs(kpi, "2024-12", "50"), obs(kpi, "2026-02", "45"),
                obs(kpi, "2026-03", "40"));
        KpiTrend result = service.trend(kpi, observations, MARCH_2026);
        assertEquals(new Baseline.None(2025), result.baseline());
        assertEquals(List.of(Trend.NO_BASELINE, Trend.NO_BASELINE),
                result.latest().stream().map(KpiTrend.MonthTrend::trend).toList());
        assertTrue(result.latest().stream().allMatch(t -> t.changePercent().isEmpty()));
        assertEquals("No baseline", Trend.NO_BASELINE.label());
    }

    @Test
    void noObservationsAtAll() {
        KpiTrend result = service.trend(KpiCatalogue.CK4, List.of(), MARCH_2026);
        assertEquals(new Baseline.None(2025), result.baseline());
        assertTrue(result.latest().isEmpty());
    }

    @Test
    void theHighestVersionOfAMonthCounts() {
        KpiDefinition kpi = KpiCatalogue.CK1;
        List<KpiObservation> observations = new ArrayList<>(year2025(kpi));
        observations.add(new KpiObservation("CK1", MARCH_2026, new BigDecimal("300"), 2));
        observations.add(new KpiObservation("CK1", MARCH_2026, new BigDecimal("400"), 1));
        observations.add(new KpiObservation("CK1", YearMonth.of(2025, 1), new BigDecimal("590"), 2)); // revised: sum 3900
        KpiTrend result = service.trend(kpi, observations, MARCH_2026);
        assertEquals(new BigDecimal("325"), ((Baseline.Mean) result.baseline()).value());
        assertEquals(new BigDecimal("300"), result.latest().get(0).value());
        assertEquals(Trend.IMPROVING, result.latest().get(0).trend()); // −7.69 %
    }

    @Test
    void targetsAreShownBesideTheTrendWhenSet() {
        KpiDefinition kpi = KpiCatalogue.withTargets(KpiCatalogue.CK1, "290", null, "250");
        KpiTrend result = service.trend(kpi, year2025(kpi), MARCH_2026);
        assertEquals(Optional.of(new BigDecimal("290")), result.targets().threeMonths());
        assertEquals(Optional.empty(), result.targets().sixMonths());
        assertEquals(Optional.of(new BigDecimal("250")), result.targets().twelveMonths());
        assertTrue(result.targets().anySet());
        assertTrue(!KpiCatalogue.CK1.targets().anySet());
    }

    @Test
    void theThresholdComesFromSettings() {
        KpiTrendService tenPercent = new KpiTrendService(new KpiTrendSettings(new BigDecimal("10")));
        KpiDefinition kpi = KpiCatalogue.CK1;
        List<KpiObservation> observations = new ArrayList<>(year2025(kpi));
        observations.add(obs(kpi, "2026-03", "330"));
        assertEquals(Trend.STABLE, tenPercent.trend(kpi, observations, MARCH_2026).latest().get(0).trend());
        assertEquals(Trend.WORSENING, service.trend(kpi, observations, MARCH_2026).latest().get(0).trend());
    }

    @ParameterizedTest(name = "threshold {0} refused")
    @CsvSource({"-1, kpi.trend-threshold-percent must be at least 0 and below 100; it is -1",
            "100, kpi.trend-threshold-percent must be at least 0 and below 100; it is 100"})
    void badThresholdsAreRefusedNamingTheSetting(String threshold, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KpiTrendSettings(new BigDecimal(threshold)));
        assertEquals(message, e.getMessage());
        assertEquals("kpi.trend-threshold-percent is required",
                assertThrows(IllegalArgumentException.class, () -> new KpiTrendSettings(null)).getMessage());
    }

    @Test
    void inconsistentInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> service.trend(KpiCatalogue.CK1,
                List.of(obs(KpiCatalogue.CK2, "2026-03", "1")), MARCH_2026));
        assertThrows(IllegalArgumentException.class, () -> service.trend(KpiCatalogue.CK1,
                List.of(obs(KpiCatalogue.CK1, "2026-03", "1"), obs(KpiCatalogue.CK1, "2026-03", "2")), MARCH_2026));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KpiDefinition("K99", "Orphan",
                KpiUnit.COUNT, Polarity.LOWER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, false, Set.of(), null));
        assertEquals("KPI K99 is neither critical nor mapped to an improvement area", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KpiObservation("CK1", MARCH_2026, BigDecimal.ONE, 0));
    }

    @Test
    void theFixtureCataloguesTheFiveCriticalKpis() {
        assertEquals(5, KpiCatalogue.ALL.stream().filter(KpiDefinition::critical).count());
    }
}
