package org.sendpmo.scoring.stability;

/**
 * Per-project counts of sampled ranks, compact enough for 10,000 projects × 10,000 samples.
 *
 * <p>Percentiles use the nearest-rank definition: the q-th percentile of n sampled ranks is the
 * smallest rank r such that at least ⌈q·n/100⌉ samples (at least one) have rank ≤ r. The median is
 * the 50th percentile (for even n, the lower middle value). Exact, no interpolation.
 *
 * <p>A full rank histogram would need projects² ints (400 MB for 10,000 projects); storing every
 * sampled rank as a char would need projects × samples × 2 bytes (200 MB). Instead ranks are counted
 * in buckets of {@code width} consecutive ranks. Pass 1 finds, per project and percentile, the bucket
 * holding the target sample and how many samples into it the target lies; pass 2 draws the very same
 * samples again (same seed, same chunk streams) and counts individual ranks only inside those three
 * buckets. With width ≈ √(projects/3) that is projects·(projects/width + 3·width) ints: about 14 MB for
 * 10,000 projects, per worker, for twice the sampling time. Up to {@link #ONE_PASS_LIMIT} projects the
 * width is 1, the coarse count is the full histogram and one pass is exact.
 */
abstract class RankTally {

    static final int ONE_PASS_LIMIT = 2048;
    static final int[] PERCENTILES = {5, 50, 95};
    private static final int Q = PERCENTILES.length;

    abstract void record(int project, int rank);

    abstract void add(RankTally other);

    record Plan(int projects, int samples, int width, int buckets) {
        boolean exactInOnePass() {
            return width == 1;
        }
    }

    static Plan plan(int projects, int samples) {
        return plan(projects, samples, projects <= ONE_PASS_LIMIT ? 1 : (int) Math.ceil(Math.sqrt(projects / 3.0)));
    }

    /** @param width ranks per bucket; 1 is exact in one pass */
    static Plan plan(int projects, int samples, int width) {
        return new Plan(projects, samples, width, (projects + width - 1) / width);
    }

    /** How many samples must lie at or below the q-th percentile rank: ⌈q·n/100⌉, at least 1. */
    static int needed(int percentile, int samples) {
        return (int) Math.max(1, ((long) percentile * samples + 99) / 100);
    }

    private static void sum(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Pass 1: samples in the top N, and ranks counted per bucket. */
    static final class Coarse extends RankTally {
        private final Plan plan;
        private final int topN;
        private final int[] inTopN;
        private final int[] counts;

        Coarse(Plan plan, int topN) {
            this.plan = plan;
            this.topN = topN;
            this.inTopN = new int[plan.projects()];
            this.counts = new int[Math.multiplyExact(plan.projects(), plan.buckets())];
        }

        @Override
        void record(int project, int rank) {
            if (rank <= topN) {
                inTopN[project]++;
            }
            counts[project * plan.buckets() + (rank - 1) / plan.width()]++;
        }

        @Override
        void add(RankTally other) {
            Coarse o = (Coarse) other;
            sum(inTopN, o.inTopN);
            sum(counts, o.counts);
        }

        int[] inTopN() {
            return inTopN.clone();
        }

        /** Which bucket each percentile falls in; with width 1 that is already the rank. */
        Targets targets() {
            Targets targets = new Targets(plan);
            for (int p = 0; p < plan.projects(); p++) {
                for (int q = 0; q < Q; q++) {
                    int need = needed(PERCENTILES[q], plan.samples());
                    int seen = 0;
                    int b = 0;
                    while (seen + counts[p * plan.buckets() + b] < need) {
                        seen += counts[p * plan.buckets() + b];
                        b++;
                    }
                    int i = p * Q + q;
                    targets.bucket[i] = b;
                    targets.residual[i] = need - seen;
                    targets.rank[i] = plan.exactInOnePass() ? b + 1 : 0;
                }
            }
            return targets;
        }
    }

    /** Per project and percentile: the bucket holding it, how far into the bucket, and (once known) the rank. */
    static final class Targets {
        private final int projects;
        final int[] bucket;
        final int[] residual;
        final int[] rank;

        Targets(Plan plan) {
            this.projects = plan.projects();
            this.bucket = new int[plan.projects() * Q];
            this.residual = new int[plan.projects() * Q];
            this.rank = new int[plan.projects() * Q];
        }

        /** The rank of percentile number {@code q} (index into {@link #PERCENTILES}) for every project. */
        int[] rank(int q) {
            int[] column = new int[projects];
            for (int p = 0; p < projects; p++) {
                column[p] = rank[p * Q + q];
            }
            return column;
        }
    }

    /** Pass 2: individual rank counts inside each project's three target buckets only. */
    static final class Fine extends RankTally {
        private final Plan plan;
        private final int[] bucket;
        private final int[] counts;

        Fine(Plan plan, Targets targets) {
            this.plan = plan;
            this.bucket = targets.bucket;
            this.counts = new int[Math.multiplyExact(plan.projects() * Q, plan.width())];
        }

        @Override
        void record(int project, int rank) {
            int b = (rank - 1) / plan.width();
            int offset = rank - 1 - b * plan.width();
            int base = project * Q;
            for (int q = 0; q < Q; q++) {
                if (bucket[base + q] == b) {
                    counts[(base + q) * plan.width() + offset]++;
                }
            }
        }

        @Override
        void add(RankTally other) {
            sum(counts, ((Fine) other).counts);
        }

        void resolve(Targets targets) {
            for (int i = 0; i < targets.rank.length; i++) {
                int seen = 0;
                int offset = 0;
                while (seen + counts[i * plan.width() + offset] < targets.residual[i]) {
                    seen += counts[i * plan.width() + offset];
                    offset++;
                }
                targets.rank[i] = targets.bucket[i] * plan.width() + offset + 1;
            }
        }
    }
}
