package org.sendpmo.scoring.stability;

import java.math.BigDecimal;

/** Methodology v1's rank-stability defaults (methodology.md §1), built in the test: the domain holds none. */
public final class TestStabilitySettings {

    private TestStabilitySettings() {
    }

    /** 10,000 samples, top 10, factors in [0.5, 1.5], robust at ≥ 0.90 or ≤ 0.10, near line within 3, bound 10×. */
    public static StabilitySettings v1(long seed) {
        return settings(10_000, seed, 10, 3);
    }

    public static StabilitySettings settings(int samples, long seed, int topN, int nearLine) {
        return new StabilitySettings(samples, seed, topN, new BigDecimal("0.5"), new BigDecimal("1.5"),
                new BigDecimal("0.90"), new BigDecimal("0.10"), nearLine, BigDecimal.TEN);
    }
}
