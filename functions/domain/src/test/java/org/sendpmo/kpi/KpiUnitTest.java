package org.sendpmo.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which numbers each unit allows: what refuses a figure or a target "not in the KPI's unit". */
class KpiUnitTest {

    private static List<Boolean> allows(KpiUnit unit, String... values) {
        return java.util.Arrays.stream(values).map(v -> unit.allows(new BigDecimal(v))).toList();
    }

    @Test
    void aCountIsWholeAndNotNegative() {
        assertEquals(List.of(true, true, true, false, false), allows(KpiUnit.COUNT, "0", "598", "598.00", "12.5", "-1"));
    }

    @Test
    void aPercentageIsFrom0To100() {
        assertEquals(List.of(true, true, true, false, false), allows(KpiUnit.PERCENTAGE, "0", "42.5", "100.0", "100.01", "-0.5"));
    }

    @Test
    void weeksAndRatesAreNotNegativeAScoreIsAnyNumberAndAnUndefinedUnitTakesNothing() {
        assertEquals(List.of(true, false), allows(KpiUnit.AVERAGE_DURATION_WEEKS, "6.67", "-1"));
        assertEquals(List.of(true, false), allows(KpiUnit.RATE, "0.2", "-0.2"));
        assertEquals(List.of(true, true), allows(KpiUnit.SCORE, "-3", "4.77"));
        assertEquals(List.of(false), allows(KpiUnit.NOT_DEFINED, "1"));
    }

    @Test
    void aUnitIsNamedByItsLabelOrItsNameInAnyCase() {
        assertEquals(Optional.of(KpiUnit.PERCENTAGE), KpiUnit.parse(" % "));
        assertEquals(Optional.of(KpiUnit.AVERAGE_DURATION_WEEKS), KpiUnit.parse("Weeks"));
        assertEquals(Optional.of(KpiUnit.COUNT), KpiUnit.parse("count"));
        assertEquals(Optional.empty(), KpiUnit.parse("furlongs"));
        assertEquals(Optional.empty(), KpiUnit.parse(null));
    }
}
