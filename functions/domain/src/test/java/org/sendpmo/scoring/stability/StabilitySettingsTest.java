package org.sendpmo.scoring.stability;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StabilitySettingsTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE_HALF = new BigDecimal("1.5");
    private static final BigDecimal P90 = new BigDecimal("0.90");
    private static final BigDecimal P10 = new BigDecimal("0.10");

    private static void rejected(String field, Supplier<StabilitySettings> build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        assertTrue(e.getMessage().startsWith(field + " "), "names the field: " + e.getMessage());
    }

    @Test
    void eachInvalidValueIsRejectedNamingItsField() {
        rejected("samples", () -> new StabilitySettings(0, 1, 10, HALF, ONE_HALF, P90, P10, 3, BigDecimal.TEN));
        rejected("topN", () -> new StabilitySettings(100, 1, 0, HALF, ONE_HALF, P90, P10, 3, BigDecimal.TEN));
        rejected("factorMin", () -> new StabilitySettings(100, 1, 10, BigDecimal.ZERO, ONE_HALF, P90, P10, 3, BigDecimal.TEN));
        rejected("factorMax", () -> new StabilitySettings(100, 1, 10, ONE_HALF, HALF, P90, P10, 3, BigDecimal.TEN));
        rejected("robustAtLeast", () -> new StabilitySettings(100, 1, 10, HALF, ONE_HALF, new BigDecimal("1.1"), P10, 3, BigDecimal.TEN));
        rejected("robustAtMost", () -> new StabilitySettings(100, 1, 10, HALF, ONE_HALF, P90, new BigDecimal("-0.1"), 3, BigDecimal.TEN));
        rejected("robustAtMost", () -> new StabilitySettings(100, 1, 10, HALF, ONE_HALF, P10, P90, 3, BigDecimal.TEN));
        rejected("nearLine", () -> new StabilitySettings(100, 1, 10, HALF, ONE_HALF, P90, P10, -1, BigDecimal.TEN));
        rejected("tippingMaxFactor", () -> new StabilitySettings(100, 1, 10, HALF, ONE_HALF, P90, P10, 3, BigDecimal.ONE));
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> new StabilitySettings(100, 1, 10, null, ONE_HALF, P90, P10, 3, BigDecimal.TEN));
        assertTrue(missing.getMessage().startsWith("factorMin"), missing.getMessage());
    }

    @Test
    void aFixedFactorIsAllowedAndGivesTheBaseRankEverywhere() {
        StabilitySettings fixed = new StabilitySettings(50, 1, 1, BigDecimal.ONE, BigDecimal.ONE, P90, P10, 3, BigDecimal.TEN);
        StabilityReport report = new RankStability(org.sendpmo.scoring.TestMethodology.v1(), fixed).analyse(java.util.List.of(
                RankStabilityTest.candidate("a", 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                RankStabilityTest.candidate("b", 3, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3)));
        for (ProjectStability p : report.projects()) {
            assertTrue(p.medianRank() == p.baseRank() && p.p5Rank() == p.baseRank() && p.p95Rank() == p.baseRank(), p.toString());
        }
    }
}
