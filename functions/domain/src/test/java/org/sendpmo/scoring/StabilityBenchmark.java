package org.sendpmo.scoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sendpmo.scoring.stability.RankStability;
import org.sendpmo.scoring.stability.StabilityReport;
import org.sendpmo.scoring.stability.TestStabilitySettings;
import org.sendpmo.scoring.stability.TippingPoint;

/**
 * Benchmark of scoring, ranking and rank stability: not a unit test (timings depend on the machine).
 *
 * <p>Run from the repository root after {@code ./mvnw -q -B -pl functions/domain test-compile}:
 * <pre>
 * java -Xmx1g -cp functions/domain/target/test-classes:functions/domain/target/classes org.sendpmo.scoring.StabilityBenchmark
 * </pre>
 *
 * <p>Projects are synthetic and deterministic (scores 1..5 from a fixed seed). "score+rank" is
 * {@link PriorityScorer} (BigDecimal, contributions apportioned) plus {@link Ranking}; "stability" is
 * {@link RankStability#analyse} with the v1 settings (10,000 samples, top 10), which includes its own
 * base ranking and the tipping points. Peak heap is the sum over heap memory pools of
 * {@link MemoryPoolMXBean#getPeakUsage()} after a GC and {@link MemoryPoolMXBean#resetPeakUsage()}
 * before each measured step; summing per-pool peaks can overstate the true simultaneous peak, never
 * understate it. Each size runs once to warm up and once measured. "1-thread ms" repeats the
 * stability analysis on one thread (and checks the figures are identical); "tipping" counts the
 * near-line projects that have a single-weight tipping point.
 */
public final class StabilityBenchmark {

    private StabilityBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? parse(args) : new int[]{60, 10_000};
        System.out.printf("cores=%d maxHeap=%d MB java=%s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        System.out.printf("%9s %14s %14s %14s %17s %17s %11s %8s%n", "projects", "score+rank ms", "score+rank MB",
                "stability ms", "stability MB", "1-thread ms", "borderline", "tipping");
        for (int size : sizes) {
            run(size, false);
            run(size, true);
        }
    }

    private static void run(int size, boolean print) {
        List<RankStability.Candidate> candidates = synthetic(size);
        PriorityScorer scorer = new PriorityScorer(TestMethodology.v1());

        resetPeaks();
        long t0 = System.nanoTime();
        List<Ranking.Candidate<String>> toRank = new ArrayList<>(size);
        for (RankStability.Candidate c : candidates) {
            toRank.add(new Ranking.Candidate<>(c.projectId(), c.name(), (PriorityAssessment.Scored) scorer.assess(c.scores())));
        }
        List<RankedProject<String>> ranked = Ranking.rank(toRank);
        long rankMs = (System.nanoTime() - t0) / 1_000_000;
        long rankPeak = peakHeapMb();

        resetPeaks();
        long t1 = System.nanoTime();
        StabilityReport report = new RankStability(TestMethodology.v1(), TestStabilitySettings.v1(20_260_101L)).analyse(candidates);
        long stabilityMs = (System.nanoTime() - t1) / 1_000_000;
        long stabilityPeak = peakHeapMb();
        long borderline = report.projects().stream().filter(p -> p.label().name().equals("BORDERLINE")).count();
        long tipping = report.projects().stream().filter(p -> p.tippingPoint() instanceof TippingPoint.WeightChange).count();

        long t2 = System.nanoTime();
        StabilityReport single = new RankStability(TestMethodology.v1(), TestStabilitySettings.v1(20_260_101L), 1).analyse(candidates);
        long singleMs = (System.nanoTime() - t2) / 1_000_000;
        if (!single.equals(report)) {
            throw new IllegalStateException("one thread and all threads disagree");
        }
        if (print) {
            System.out.printf("%9d %14d %14d %14d %17d %17d %11d %8d%n", size, rankMs, rankPeak, stabilityMs, stabilityPeak,
                    singleMs, borderline, tipping);
        }
        if (ranked.size() != size || report.projects().size() != size) {
            throw new IllegalStateException("lost projects");
        }
    }

    static List<RankStability.Candidate> synthetic(int size) {
        SplittableRandom random = new SplittableRandom(size);
        List<RankStability.Candidate> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int[] scores = new int[Criterion.values().length];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = 1 + random.nextInt(5);
            }
            list.add(new RankStability.Candidate("p" + i, "Project " + i, CriterionScores.of(scores)));
        }
        return list;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        return sizes;
    }
}
