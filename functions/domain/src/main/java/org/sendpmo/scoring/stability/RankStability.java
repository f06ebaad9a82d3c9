package org.sendpmo.scoring.stability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionRule;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.Methodology;
import org.sendpmo.scoring.PriorityAssessment;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.scoring.RankedProject;
import org.sendpmo.scoring.Ranking;

/**
 * Methodology §1 "Rank stability": how far a project's rank depends on the exact weights.
 * Draws {@code samples} weight sets (each weight times an independent uniform factor in
 * [factorMin, factorMax]) from a fixed seed, ranks every project under each, and reports the
 * probability of being in the top N, the median and 5th–95th percentile rank, a robust/borderline
 * label, and for projects near the line the single weight change that tips them across it.
 * See {@link RankSimulation}, {@link RankTally} and {@link TippingPointFinder} for the method.
 */
public final class RankStability {

    /** A project with a complete assessment: every criterion scored. */
    public record Candidate(String projectId, String name, CriterionScores scores) {
        public Candidate {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(name, "name of " + projectId);
            Objects.requireNonNull(scores, "scores of " + projectId);
            if (!scores.missing().isEmpty()) {
                throw new IllegalArgumentException("project " + projectId + " is not fully scored (missing "
                        + scores.missing().stream().map(Criterion::id).toList() + "): it cannot be ranked");
            }
        }
    }

    private final Methodology methodology;
    private final StabilitySettings settings;
    private final int parallelism;

    /** Uses every available processor; the figures do not depend on how many. */
    public RankStability(Methodology methodology, StabilitySettings settings) {
        this(methodology, settings, Runtime.getRuntime().availableProcessors());
    }

    public RankStability(Methodology methodology, StabilitySettings settings, int parallelism) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    public StabilityReport analyse(List<Candidate> candidates) {
        Set<String> ids = new HashSet<>();
        for (Candidate c : candidates) {
            if (!ids.add(c.projectId())) {
                throw new IllegalArgumentException("project " + c.projectId() + " is listed twice");
            }
        }
        int projects = candidates.size();
        if (projects == 0) {
            return new StabilityReport(methodology.version(), settings, List.of());
        }
        List<RankedProject<Integer>> base = baseRanking(candidates);
        Criterion[] criteria = Criterion.values();
        byte[] steps = steps(candidates, criteria);
        double[] weights = new double[criteria.length];
        List<BigDecimal> exactWeights = new ArrayList<>();
        for (Criterion c : criteria) {
            weights[c.ordinal()] = methodology.rule(c).weight().doubleValue();
            exactWeights.add(methodology.rule(c).weight());
        }
        RankSimulation.Figures figures = new RankSimulation(steps, projects, weights, settings, parallelism).run();
        TippingPointFinder tipping = new TippingPointFinder(steps, projects, exactWeights, settings.topN(),
                settings.tippingMaxFactor());
        List<ProjectStability> results = new ArrayList<>(projects);
        for (RankedProject<Integer> ranked : base) {
            int p = ranked.subject();
            Candidate c = candidates.get(p);
            boolean nearLine = Math.abs(ranked.rank() - settings.topN()) <= settings.nearLine();
            results.add(new ProjectStability(c.projectId(), c.name(), ranked.rank(), figures.inTopN()[p],
                    settings.samples(), figures.median()[p], figures.p5()[p], figures.p95()[p],
                    label(figures.inTopN()[p]), nearLine ? tipping.find(p) : new TippingPoint.NotNearLine()));
        }
        return new StabilityReport(methodology.version(), settings, results);
    }

    /** The ranking under the configured weights, exactly as the pack shows it. */
    private List<RankedProject<Integer>> baseRanking(List<Candidate> candidates) {
        PriorityScorer scorer = new PriorityScorer(methodology);
        List<Ranking.Candidate<Integer>> toRank = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            toRank.add(new Ranking.Candidate<>(i, c.name(), (PriorityAssessment.Scored) scorer.assess(c.scores())));
        }
        return Ranking.rank(toRank);
    }

    /** (v − 1) per project per criterion, 0..4, computed once: {@code steps[p * 11 + k]}. */
    private byte[] steps(List<Candidate> candidates, Criterion[] criteria) {
        byte[] steps = new byte[Math.multiplyExact(candidates.size(), criteria.length)];
        for (int p = 0; p < candidates.size(); p++) {
            CriterionScores scores = candidates.get(p).scores();
            for (Criterion c : criteria) {
                CriterionRule rule = methodology.rule(c);
                steps[p * criteria.length + c.ordinal()] =
                        (byte) (rule.direction().value(scores.score(c).getAsInt()) - CriterionScores.MIN);
            }
        }
        return steps;
    }

    /** Robust when inTopN/samples ≥ robustAtLeast or ≤ robustAtMost, compared exactly. */
    private StabilityLabel label(int inTopN) {
        BigDecimal count = BigDecimal.valueOf(inTopN);
        BigDecimal samples = BigDecimal.valueOf(settings.samples());
        boolean robust = count.compareTo(settings.robustAtLeast().multiply(samples)) >= 0
                || count.compareTo(settings.robustAtMost().multiply(samples)) <= 0;
        return robust ? StabilityLabel.ROBUST : StabilityLabel.BORDERLINE;
    }
}
