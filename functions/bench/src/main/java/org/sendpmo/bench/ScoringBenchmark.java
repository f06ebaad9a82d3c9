package org.sendpmo.bench;

import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.PriorityAssessment;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.scoring.RankedProject;
import org.sendpmo.scoring.Ranking;
import org.sendpmo.scoring.stability.RankStability;
import org.sendpmo.scoring.stability.StabilityReport;

/**
 * JMH: scoring and ranking, and the rank-stability analysis (the configured 10,000 weight samples, on every
 * core), at county (60) and national (10,000) scale, with the product's configured methodology (the
 * application context's beans, as a build uses them). Synthetic, deterministic scores: every criterion 1-5.
 * Run by {@code functions/bench/run.sh} through {@code org.openjdk.jmh.Main}; the heap pools' peak after
 * each trial is printed as a {@code # peak heap} line (garbage included: an upper bound).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScoringBenchmark {

    @Param({"60", "10000"})
    public int projects;

    private ApplicationContext context;
    private PriorityScorer scorer;
    private RankStability stability;
    private List<RankStability.Candidate> candidates;

    @Setup(Level.Trial)
    public void setUp() {
        context = ApplicationContext.run(Map.of("datasources.default.url",
                "jdbc:h2:mem:jmh;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        scorer = context.getBean(PriorityScorer.class);
        stability = context.getBean(RankStability.class);
        candidates = synthetic(projects);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%n# peak heap, %d projects: %d MB%n", projects, peak >> 20);
        context.close();
    }

    @Benchmark
    public List<RankedProject<String>> scoreAndRank() {
        List<Ranking.Candidate<String>> toRank = new ArrayList<>(candidates.size());
        for (RankStability.Candidate c : candidates) {
            toRank.add(new Ranking.Candidate<>(c.projectId(), c.name(), (PriorityAssessment.Scored) scorer.assess(c.scores())));
        }
        return Ranking.rank(toRank);
    }

    @Benchmark
    public StabilityReport rankStability() {
        return stability.analyse(candidates);
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
}
