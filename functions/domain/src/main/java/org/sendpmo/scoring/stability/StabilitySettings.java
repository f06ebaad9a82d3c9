package org.sendpmo.scoring.stability;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How rank stability is measured (methodology §1, "Rank stability"). Every value comes from
 * configuration ({@code assurance.methodology.stability.*}); the domain holds no defaults.
 *
 * @param samples           number of Monte Carlo weight samples
 * @param seed              seed of the sampler, stored with the result so a pack is reproducible
 * @param topN              the line: a project is "in the top N" when its competition rank is ≤ topN
 * @param factorMin         lowest factor a weight is multiplied by (exclusive of 0)
 * @param factorMax         highest factor a weight is multiplied by (≥ factorMin)
 * @param robustAtLeast     a probability at or above this is robustly in the top N (0..1)
 * @param robustAtMost      a probability at or below this is robustly out of the top N (0..1)
 * @param nearLine          a project whose base rank is within this many ranks of topN gets a tipping point
 * @param tippingMaxFactor  the largest multiple of its configured weight a tipping point may move a weight to
 */
public record StabilitySettings(int samples, long seed, int topN, BigDecimal factorMin, BigDecimal factorMax,
                                BigDecimal robustAtLeast, BigDecimal robustAtMost, int nearLine,
                                BigDecimal tippingMaxFactor) {

    public StabilitySettings {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1: " + samples);
        }
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1: " + topN);
        }
        Objects.requireNonNull(factorMin, "factorMin is required");
        Objects.requireNonNull(factorMax, "factorMax is required");
        Objects.requireNonNull(robustAtLeast, "robustAtLeast is required");
        Objects.requireNonNull(robustAtMost, "robustAtMost is required");
        Objects.requireNonNull(tippingMaxFactor, "tippingMaxFactor is required");
        if (factorMin.signum() <= 0) {
            throw new IllegalArgumentException("factorMin must be above 0: " + factorMin);
        }
        if (factorMax.compareTo(factorMin) < 0) {
            throw new IllegalArgumentException("factorMax " + factorMax + " must not be below factorMin " + factorMin);
        }
        requireProbability("robustAtLeast", robustAtLeast);
        requireProbability("robustAtMost", robustAtMost);
        if (robustAtMost.compareTo(robustAtLeast) >= 0) {
            throw new IllegalArgumentException("robustAtMost " + robustAtMost + " must be below robustAtLeast " + robustAtLeast);
        }
        if (nearLine < 0) {
            throw new IllegalArgumentException("nearLine must not be negative: " + nearLine);
        }
        if (tippingMaxFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("tippingMaxFactor must be above 1: " + tippingMaxFactor);
        }
    }

    private static void requireProbability(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(field + " must be between 0 and 1: " + value);
        }
    }
}
