package org.sendpmo.confidence;

import java.util.Objects;
import java.util.Optional;

/**
 * Both ratings for a project in a cycle, for the pack: the indicative one always, the assessed one when
 * the programme office recorded one. The assessed rating is the one in force.
 *
 * @param assessed the programme office's rating, or {@code null} when none was recorded
 */
public record ConfidenceView(String projectId, IndicativeConfidence indicative, AssessedConfidence assessed) {

    public enum Source {
        INDICATIVE("Indicative, from evidence"),
        ASSESSED("Assessed by the programme office");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ConfidenceView {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(indicative, "indicative");
        if (assessed != null && !indicative.scale().contains(assessed.rating())) {
            throw new IllegalArgumentException("assessed rating " + assessed.rating().label() + " for " + projectId
                    + " is not on the " + indicative.scale().name() + " scale");
        }
    }

    public Optional<AssessedConfidence> assessment() {
        return Optional.ofNullable(assessed);
    }

    public Source source() {
        return assessed == null ? Source.INDICATIVE : Source.ASSESSED;
    }

    /** The rating used in roll-ups. */
    public ConfidenceRating inForce() {
        return assessed == null ? indicative.rating() : assessed.rating();
    }

    /** Whether the programme office's rating differs from the evidence, worth a line in the pack. */
    public boolean assessedDiffers() {
        return assessed != null && assessed.rating() != indicative.rating();
    }
}
