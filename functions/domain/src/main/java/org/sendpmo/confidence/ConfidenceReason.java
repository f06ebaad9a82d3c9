package org.sendpmo.confidence;

import java.util.Objects;

/** One item of evidence that stepped indicative confidence down, explained for the pack. */
public record ConfidenceReason(ConfidenceFactor factor, String evidence) {

    public ConfidenceReason {
        Objects.requireNonNull(factor, "factor");
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("evidence for " + factor.label() + " is required");
        }
    }

    public int steps() {
        return factor.steps();
    }
}
