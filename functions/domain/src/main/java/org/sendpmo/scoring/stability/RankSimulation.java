package org.sendpmo.scoring.stability;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The Monte Carlo engine behind {@link RankStability}: draws weight samples, ranks every project
 * under each, and tallies each project's ranks.
 *
 * <p>Scoring. Under sampled weights w a project's score is 100·Σ w·(v − 1) / (4·Σ w). It is computed
 * in double arithmetic directly in hundredths of a point and rounded half-up to an int, because
 * {@code Ranking} ranks on the two-decimal score: two projects tie exactly when their scores agree to
 * the cent, as they would on the page. Identical (v − 1) vectors go through the same operations in the
 * same order, so they tie bit for bit; a double result could round differently from exact decimal
 * arithmetic only when the exact score lies within ~1e-10 of a half cent, which continuous sampled
 * weights hit with probability ~0. No epsilon is needed.
 *
 * <p>Speed. (v − 1) takes 5 values, so a project's first six criteria are one of 5^6 = 15,625 patterns
 * and its last five one of 5^5 = 3,125. Each sample tabulates the partial score of every pattern
 * (18,750 additions), after which a project's score is two table look-ups and one addition instead of
 * eleven multiply-adds: about 4× faster for 10,000 projects. Within a half the table sums criteria in
 * order from 0, so identical vectors still get bit-identical scores.
 *
 * <p>Ranking. Standard competition rank = 1 + number of projects with a strictly higher score. The tie
 * order (c01, c11, name) only orders equals for display and never changes a rank number, so each sample
 * needs no sort: a counting pass over the 10,001 possible cent scores turns each score into
 * "how many are above it" in O(projects + 10,001).
 *
 * <p>Determinism. Samples are cut into fixed chunks of {@link #CHUNK}, each with its own
 * {@link SplittableRandom} split in chunk order from one seeded root. Workers take whole chunks and
 * keep integer tallies that are summed at the end, so the figures are bit-identical for a seed
 * whatever the number of threads or the order chunks finish in.
 *
 * <p>Memory. See {@link RankTally}: exact nearest-rank percentiles from bucketed rank counts, in
 * one pass for small sets and two passes (the same samples drawn again) for large ones.
 */
final class RankSimulation {

    static final int CHUNK = 256;
    /** Scores in hundredths of a point: 0..10,000. */
    private static final int CENTS = 10_000;

    private static final int LEVELS = 5; // v − 1 is 0..4
    private final int projects;
    private final int lowCriteria;
    private final char[] lowPattern;
    private final char[] highPattern;
    private final int criteria;
    private final double[] weights;
    private final double factorMin;
    private final double factorMax;
    private final int samples;
    private final long seed;
    private final int topN;
    private final int parallelism;

    /**
     * @param steps   (v − 1) per project per criterion, row-major: {@code steps[p * criteria + k]}, each 0..4
     * @param weights configured weight per criterion
     */
    RankSimulation(byte[] steps, int projects, double[] weights, StabilitySettings settings, int parallelism) {
        this.projects = projects;
        this.criteria = weights.length;
        this.lowCriteria = (criteria + 1) / 2;
        this.lowPattern = patterns(steps, 0, lowCriteria);
        this.highPattern = patterns(steps, lowCriteria, criteria);
        this.weights = weights.clone();
        this.factorMin = settings.factorMin().doubleValue();
        this.factorMax = settings.factorMax().doubleValue();
        this.samples = settings.samples();
        this.seed = settings.seed();
        this.topN = settings.topN();
        this.parallelism = Math.max(1, parallelism);
    }

    /** Each project's (v − 1) on criteria [from, to) read as a base-5 number: at most 5^6 − 1, fits a char. */
    private char[] patterns(byte[] steps, int from, int to) {
        if (Math.pow(LEVELS, to - from) > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many criteria for pattern tables: " + criteria);
        }
        char[] patterns = new char[projects];
        for (int p = 0; p < projects; p++) {
            int pattern = 0;
            for (int k = to - 1; k >= from; k--) {
                pattern = pattern * LEVELS + steps[p * criteria + k];
            }
            patterns[p] = (char) pattern;
        }
        return patterns;
    }

    /** Per project: samples in the top N, and the 5th, 50th and 95th percentile ranks. */
    record Figures(int[] inTopN, int[] p5, int[] median, int[] p95) {
    }

    Figures run() {
        return run(RankTally.plan(projects, samples));
    }

    /** With a given plan: tests compare bucket widths on small sets. */
    Figures run(RankTally.Plan plan) {
        RankTally.Coarse coarse = (RankTally.Coarse) pass(() -> new RankTally.Coarse(plan, topN));
        RankTally.Targets targets = coarse.targets();
        if (!plan.exactInOnePass()) {
            RankTally.Fine fine = (RankTally.Fine) pass(() -> new RankTally.Fine(plan, targets));
            fine.resolve(targets);
        }
        return new Figures(coarse.inTopN(), targets.rank(0), targets.rank(1), targets.rank(2));
    }

    /** Runs every sample once, with one tally per worker, and returns their sum. */
    private RankTally pass(Supplier<RankTally> newTally) {
        int chunks = (samples + CHUNK - 1) / CHUNK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            rngs[c] = root.split();
        }
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(parallelism, chunks);
        RankTally[] tallies = new RankTally[workers];
        for (int t = 0; t < workers; t++) {
            tallies[t] = newTally.get();
        }
        // the calling thread is worker 0; helpers take chunks from the same counter
        Thread[] helpers = new Thread[workers];
        RuntimeException[] failures = new RuntimeException[workers];
        for (int t = 1; t < workers; t++) {
            RankTally tally = tallies[t];
            int index = t;
            helpers[t] = new Thread(() -> {
                try {
                    new Worker(tally).drain(next, rngs);
                } catch (RuntimeException e) {
                    failures[index] = e;
                }
            }, "rank-stability-" + t);
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        new Worker(tallies[0]).drain(next, rngs);
        for (int t = 1; t < workers; t++) {
            try {
                helpers[t].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rank stability interrupted", e);
            }
            if (failures[t] != null) {
                throw failures[t];
            }
            tallies[0].add(tallies[t]); // integer sums: the same whatever order chunks ran in
        }
        return tallies[0];
    }

    /** One thread's reusable buffers: nothing is allocated per sample or per project. */
    private final class Worker {
        private final RankTally tally;
        private final double[] scaled = new double[criteria];
        private final double[] lowTable = new double[(int) Math.pow(LEVELS, lowCriteria)];
        private final double[] highTable = new double[(int) Math.pow(LEVELS, criteria - lowCriteria)];
        private final int[] cents = new int[projects];
        private final int[] above = new int[CENTS + 1];

        Worker(RankTally tally) {
            this.tally = tally;
        }

        void drain(AtomicInteger next, SplittableRandom[] rngs) {
            for (int c = next.getAndIncrement(); c < rngs.length; c = next.getAndIncrement()) {
                int count = Math.min(CHUNK, samples - c * CHUNK);
                for (int s = 0; s < count; s++) {
                    sample(rngs[c]);
                }
            }
        }

        private void sample(SplittableRandom rng) {
            double total = 0;
            for (int k = 0; k < criteria; k++) {
                double factor = factorMin == factorMax ? factorMin : rng.nextDouble(factorMin, factorMax);
                scaled[k] = weights[k] * factor;
                total += scaled[k];
            }
            // score in cents = 100 · 100 · Σ w(v − 1) / (4 Σ w): fold the constant into the weights
            double toCents = 100.0 * 100.0 / (4.0 * total);
            for (int k = 0; k < criteria; k++) {
                scaled[k] *= toCents;
            }
            tabulate(lowTable, 0, lowCriteria);
            tabulate(highTable, lowCriteria, criteria);
            Arrays.fill(above, 0);
            for (int p = 0; p < projects; p++) {
                double score = lowTable[lowPattern[p]] + highTable[highPattern[p]];
                int cent = Math.min(CENTS, (int) (score + 0.5));
                cents[p] = cent;
                above[cent]++;
            }
            // counts per cent → number of projects strictly above each cent
            int running = 0;
            for (int cent = CENTS; cent >= 0; cent--) {
                int here = above[cent];
                above[cent] = running;
                running += here;
            }
            for (int p = 0; p < projects; p++) {
                tally.record(p, above[cents[p]] + 1);
            }
        }

        /**
         * table[pattern] = Σ scaled[k]·(v_k − 1) over criteria [from, to), summed in criterion order:
         * the entries for one more criterion are the entries so far plus m·scaled[k], m = 1..4.
         */
        private void tabulate(double[] table, int from, int to) {
            table[0] = 0;
            int size = 1;
            for (int k = from; k < to; k++) {
                for (int m = 1; m < LEVELS; m++) {
                    double add = m * scaled[k];
                    int offset = m * size;
                    for (int j = 0; j < size; j++) {
                        table[offset + j] = table[j] + add;
                    }
                }
                size *= LEVELS;
            }
        }
    }
}
