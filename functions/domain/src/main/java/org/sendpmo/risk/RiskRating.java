package org.sendpmo.risk;

/** Rating of a current score, from the bands in {@link RiskSettings}. Declared least to most severe. */
public enum RiskRating {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
