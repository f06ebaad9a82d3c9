package org.sendpmo.scoring.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two-pass bucketed percentiles (used above 2,048 projects) against the one-pass full histogram. */
class RankSimulationTest {

    private static final double[] V1 = {2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private static byte[] steps(int projects, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] steps = new byte[projects * V1.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = (byte) random.nextInt(5);
        }
        return steps;
    }

    @Test
    void bucketedTwoPassPercentilesEqualTheFullHistogram() {
        int projects = 157;
        StabilitySettings settings = TestStabilitySettings.settings(1_001, 77, 10, 3);
        RankSimulation simulation = new RankSimulation(steps(projects, 3), projects, V1, settings, 2);
        RankSimulation.Figures exact = simulation.run(RankTally.plan(projects, settings.samples(), 1));
        for (int width : new int[]{2, 7, 13, 40, 157}) {
            RankSimulation.Figures bucketed = simulation.run(RankTally.plan(projects, settings.samples(), width));
            assertArrayEquals(exact.inTopN(), bucketed.inTopN(), "width " + width);
            assertArrayEquals(exact.p5(), bucketed.p5(), "width " + width);
            assertArrayEquals(exact.median(), bucketed.median(), "width " + width);
            assertArrayEquals(exact.p95(), bucketed.p95(), "width " + width);
        }
    }

    /**
     * A plain reference: the same chunked sampling and cent scores (multiply-adds, no tables), but every rank kept, ranks counted
     * pairwise (O(n²)), and percentiles read off the sorted ranks by nearest rank: the value at
     * position ⌈q·n/100⌉ (1-based).
     */
    @Test
    void figuresMatchAPlainReferenceImplementation() {
        int projects = 23;
        StabilitySettings settings = TestStabilitySettings.settings(1_234, 99, 5, 3);
        byte[] steps = steps(projects, 8);
        RankSimulation.Figures f = new RankSimulation(steps, projects, V1, settings, 2).run();

        int n = settings.samples();
        int[][] ranks = new int[projects][n];
        SplittableRandom root = new SplittableRandom(settings.seed());
        int sample = 0;
        for (int chunk = 0; sample < n; chunk++) {
            SplittableRandom rng = root.split();
            for (int s = 0; s < RankSimulation.CHUNK && sample < n; s++, sample++) {
                double[] w = new double[V1.length];
                double total = 0;
                for (int k = 0; k < w.length; k++) {
                    w[k] = V1[k] * rng.nextDouble(0.5, 1.5);
                    total += w[k];
                }
                double toCents = 100.0 * 100.0 / (4.0 * total);
                int[] cents = new int[projects];
                for (int p = 0; p < projects; p++) {
                    // summed in two halves (c01..c06, c07..c11) as the engine's look-up tables do
                    double low = 0;
                    double high = 0;
                    for (int k = 0; k < w.length; k++) {
                        double part = (w[k] * toCents) * steps[p * w.length + k];
                        if (k < 6) {
                            low += part;
                        } else {
                            high += part;
                        }
                    }
                    cents[p] = (int) (low + high + 0.5);
                }
                for (int p = 0; p < projects; p++) {
                    int rank = 1;
                    for (int q = 0; q < projects; q++) {
                        if (cents[q] > cents[p]) {
                            rank++;
                        }
                    }
                    ranks[p][sample] = rank;
                }
            }
        }
        for (int p = 0; p < projects; p++) {
            int[] sorted = ranks[p].clone();
            java.util.Arrays.sort(sorted);
            int inTop = (int) java.util.Arrays.stream(sorted).filter(r -> r <= settings.topN()).count();
            assertEquals(inTop, f.inTopN()[p], "in top N, project " + p);
            assertEquals(sorted[(5 * n + 99) / 100 - 1], f.p5()[p], "5th percentile, project " + p);
            assertEquals(sorted[(50 * n + 99) / 100 - 1], f.median()[p], "median, project " + p);
            assertEquals(sorted[(95 * n + 99) / 100 - 1], f.p95()[p], "95th percentile, project " + p);
        }
    }
}
