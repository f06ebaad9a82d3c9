package org.sendpmo.scoring.stability;

import java.util.Objects;

/**
 * One project's rank stability.
 *
 * @param baseRank   competition rank under the configured weights (as {@code Ranking} gives it)
 * @param inTopN     number of samples in which the project's rank was ≤ topN
 * @param samples    number of samples drawn
 * @param medianRank 50th percentile of the sampled ranks (nearest-rank definition)
 * @param p5Rank     5th percentile of the sampled ranks (nearest-rank; the optimistic end, rank 1 is best)
 * @param p95Rank    95th percentile of the sampled ranks (nearest-rank; the pessimistic end)
 */
public record ProjectStability(String projectId, String name, int baseRank, int inTopN, int samples,
                               int medianRank, int p5Rank, int p95Rank, StabilityLabel label,
                               TippingPoint tippingPoint) {

    public ProjectStability {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tippingPoint, "tippingPoint");
        if (inTopN < 0 || inTopN > samples) {
            throw new IllegalArgumentException("inTopN " + inTopN + " is outside 0.." + samples);
        }
    }

    /** Probability of being in the top N, 0..1. */
    public double probabilityTopN() {
        return (double) inTopN / samples;
    }
}
