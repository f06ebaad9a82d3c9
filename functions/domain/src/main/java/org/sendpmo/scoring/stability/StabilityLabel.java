package org.sendpmo.scoring.stability;

/** Methodology §1: robust when the top-N probability is at or beyond either threshold, otherwise borderline. */
public enum StabilityLabel {
    ROBUST("Robust"),
    BORDERLINE("Borderline");

    private final String label;

    StabilityLabel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
