package org.sendpmo.returns;

import java.util.List;
import java.util.Objects;

/**
 * A return's data-quality score, 0 to 100, and the checks it failed.
 *
 * @param score 100 less 20 per failed check, never below 0
 */
public record DataQualityScore(int score, List<FailedCheck> failed) {

    public static final int FULL = 100;
    public static final int PENALTY = 20;

    /** @param explanation what was found and how to put it right, in words a project lead can act on */
    public record FailedCheck(DataQualityCheck check, String explanation) {
        public FailedCheck {
            Objects.requireNonNull(check, "check");
            if (explanation == null || explanation.isBlank()) {
                throw new IllegalArgumentException("a failed check needs an explanation: " + check);
            }
        }
    }

    public DataQualityScore {
        failed = List.copyOf(failed);
        if (failed.stream().map(FailedCheck::check).distinct().count() != failed.size()) {
            throw new IllegalArgumentException("a check is listed twice: " + failed);
        }
        if (score != Math.max(0, FULL - PENALTY * failed.size())) {
            throw new IllegalArgumentException("score " + score + " does not match " + failed.size() + " failed checks");
        }
    }

    public static DataQualityScore of(List<FailedCheck> failed) {
        return new DataQualityScore(Math.max(0, FULL - PENALTY * failed.size()), failed);
    }
}
