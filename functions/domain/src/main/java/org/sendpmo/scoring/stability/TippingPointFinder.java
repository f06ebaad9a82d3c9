package org.sendpmo.scoring.stability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.sendpmo.scoring.Criterion;

/**
 * Finds, exactly, the single weight change that moves a project across the top-N line with the
 * smallest relative change.
 *
 * <p>Algebra. Move one weight w_j to x, every other weight as configured. All projects share the
 * denominator 4·Σw, so q scores above p iff Δ_q(x) = α_q + x·β_q > 0, where β_q is the difference
 * in (v − 1) on criterion j (an integer −4..4) and α_q the weighted difference on the other criteria.
 * Δ_q is linear in x, so q changes side only at x* = −α_q / β_q: at x* the two tie (a tie never
 * counts as "above" in competition ranking), beyond it q is strictly on the other side. p's rank is
 * 1 + #{q above p}, a step function of x; sweeping the crossings outwards from the configured weight,
 * upwards to {@code tippingMaxFactor}·w_j and downwards towards 0 (exclusive), the first point where
 * the rank crosses the line is the smallest change in that direction. Moving into the top N is
 * reached at the crossing itself (someone drops to a tie); moving out needs a weight strictly
 * beyond it (someone must pass, not tie), hence {@code strictlyBeyond}.
 *
 * <p>Exactness. Weights are decimals; scaled by 10^scale they are longs, and 12·x* (12 = lcm of
 * 1..4, the possible |β|) is then an integer, so every comparison is exact integer arithmetic
 * (overflow throws). Crossings are computed on the exact score; the page shows scores to two
 * decimals and {@code Ranking} ties scores that agree to the cent, so the displayed rank can differ
 * from the exact one only when two scores round to the same cent. The side of the line a project
 * starts on is taken from the exact rank for the same reason.
 */
final class TippingPointFinder {

    private static final long LCM = 12;

    private final byte[] steps;
    private final int projects;
    private final int criteria;
    private final List<BigDecimal> configured;
    private final long[] weights;
    private final BigDecimal unit;
    private final int topN;
    private final BigDecimal maxFactor;

    /** @param steps (v − 1) per project per criterion, {@code steps[p * criteria + k]} */
    TippingPointFinder(byte[] steps, int projects, List<BigDecimal> configuredWeights, int topN, BigDecimal maxFactor) {
        this.steps = steps;
        this.projects = projects;
        this.criteria = configuredWeights.size();
        this.configured = List.copyOf(configuredWeights);
        int scale = 0;
        for (BigDecimal w : configured) {
            scale = Math.max(scale, w.stripTrailingZeros().scale());
        }
        this.weights = new long[criteria];
        for (int k = 0; k < criteria; k++) {
            weights[k] = configured.get(k).movePointRight(scale).longValueExact();
        }
        this.unit = BigDecimal.valueOf(LCM).movePointRight(scale); // a key of 12·10^scale is a weight of 1
        this.topN = topN;
        this.maxFactor = maxFactor;
    }

    TippingPoint find(int p) {
        long[] base = new long[projects]; // Δ_q at the configured weights
        int above = 0;
        for (int q = 0; q < projects; q++) {
            long d = 0;
            for (int k = 0; k < criteria; k++) {
                d = Math.addExact(d, Math.multiplyExact(weights[k], steps[q * criteria + k] - steps[p * criteria + k]));
            }
            base[q] = d;
            if (d > 0) {
                above++;
            }
        }
        boolean inside = above < topN;
        Crossing best = null;
        for (int j = 0; j < criteria; j++) {
            for (Crossing c : crossings(p, j, base, above, inside)) {
                if (c != null && (best == null || c.smallerThan(best))) {
                    best = c;
                }
            }
        }
        return best == null ? new TippingPoint.NoSingleWeight() : best.toTippingPoint(inside);
    }

    private Crossing[] crossings(int p, int j, long[] base, int above, boolean inside) {
        long baseKey = Math.multiplyExact(LCM, weights[j]);
        BigDecimal bound = BigDecimal.valueOf(baseKey).multiply(maxFactor);
        long leaveUpMax = bound.setScale(0, RoundingMode.FLOOR).longValueExact();          // x* ≤ bound
        long enterUpMax = bound.setScale(0, RoundingMode.CEILING).longValueExact() - 1;    // x* < bound
        long[] enterUp = new long[projects];
        long[] leaveUp = new long[projects];
        long[] enterDown = new long[projects];
        long[] leaveDown = new long[projects];
        int eu = 0;
        int lu = 0;
        int ed = 0;
        int ld = 0;
        for (int q = 0; q < projects; q++) {
            int beta = steps[q * criteria + j] - steps[p * criteria + j];
            if (beta == 0) {
                continue;
            }
            long alpha = base[q] - Math.multiplyExact(weights[j], beta);
            long key = Math.multiplyExact(-alpha, LCM / beta); // 12·x*
            boolean isAbove = base[q] > 0;
            if (beta > 0 && !isAbove && key <= enterUpMax) {
                enterUp[eu++] = key;            // q passes p just above x*
            } else if (beta < 0 && isAbove && key <= leaveUpMax) {
                leaveUp[lu++] = key;            // q falls to a tie at x*
            } else if (beta > 0 && isAbove && key > 0) {
                leaveDown[ld++] = key;
            } else if (beta < 0 && !isAbove && key > 0) {
                enterDown[ed++] = key;
            }
        }
        Criterion criterion = Criterion.values()[j];
        return new Crossing[]{
                sweep(criterion, baseKey, Arrays.copyOf(enterUp, eu), Arrays.copyOf(leaveUp, lu), true, above, inside),
                sweep(criterion, baseKey, Arrays.copyOf(enterDown, ed), Arrays.copyOf(leaveDown, ld), false, above, inside)};
    }

    private Crossing sweep(Criterion criterion, long baseKey, long[] enter, long[] leave, boolean upwards,
                           int above, boolean inside) {
        Arrays.sort(enter);
        Arrays.sort(leave);
        int step = upwards ? 1 : -1;
        int e = upwards ? 0 : enter.length - 1;
        int l = upwards ? 0 : leave.length - 1;
        while ((e >= 0 && e < enter.length) || (l >= 0 && l < leave.length)) {
            long key;
            if (e < 0 || e >= enter.length) {
                key = leave[l];
            } else if (l < 0 || l >= leave.length) {
                key = enter[e];
            } else {
                key = upwards ? Math.min(enter[e], leave[l]) : Math.max(enter[e], leave[l]);
            }
            while (l >= 0 && l < leave.length && leave[l] == key) {
                above--;
                l += step;
            }
            if (!inside && above < topN) {
                return new Crossing(criterion, baseKey, key, upwards, false);
            }
            while (e >= 0 && e < enter.length && enter[e] == key) {
                above++;
                e += step;
            }
            if (inside && above >= topN) {
                return new Crossing(criterion, baseKey, key, upwards, true);
            }
        }
        return null;
    }

    private final class Crossing {
        private final Criterion criterion;
        private final long baseKey;
        private final long key;
        private final boolean upwards;
        private final boolean strictlyBeyond;

        Crossing(Criterion criterion, long baseKey, long key, boolean upwards, boolean strictlyBeyond) {
            this.criterion = criterion;
            this.baseKey = baseKey;
            this.key = key;
            this.upwards = upwards;
            this.strictlyBeyond = strictlyBeyond;
        }

        /** |Δ|/w compared by cross-multiplication; on equal change the earlier criterion wins (stable order). */
        boolean smallerThan(Crossing other) {
            BigInteger mine = BigInteger.valueOf(Math.abs(key - baseKey)).multiply(BigInteger.valueOf(other.baseKey));
            BigInteger theirs = BigInteger.valueOf(Math.abs(other.key - other.baseKey)).multiply(BigInteger.valueOf(baseKey));
            return mine.compareTo(theirs) < 0;
        }

        TippingPoint toTippingPoint(boolean inside) {
            BigDecimal to = BigDecimal.valueOf(key).divide(unit, 6, RoundingMode.HALF_UP);
            BigDecimal percent = BigDecimal.valueOf(key - baseKey).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(baseKey), 2, RoundingMode.HALF_UP);
            return new TippingPoint.WeightChange(criterion, configured.get(criterion.ordinal()), to, upwards, percent,
                    !inside, strictlyBeyond);
        }
    }
}
