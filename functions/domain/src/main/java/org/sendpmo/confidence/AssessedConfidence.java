package org.sendpmo.confidence;

import java.time.LocalDate;
import java.util.Objects;

/** A rating recorded by the programme office; it overrides the indicative rating in roll-ups (methodology §4). */
public record AssessedConfidence(ConfidenceRating rating, String assessedBy, LocalDate assessedOn, String note) {

    public AssessedConfidence {
        Objects.requireNonNull(rating, "rating");
        if (assessedBy == null || assessedBy.isBlank()) {
            throw new IllegalArgumentException("who assessed the delivery confidence is required");
        }
        Objects.requireNonNull(assessedOn, "assessedOn");
        note = note == null ? "" : note;
    }
}
