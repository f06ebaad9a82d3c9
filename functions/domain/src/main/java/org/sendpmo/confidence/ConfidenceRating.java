package org.sendpmo.confidence;

/** Delivery confidence ratings, best to worst (methodology §4). The 3-point scale uses Green, Amber and Red only. */
public enum ConfidenceRating {
    GREEN("Green"),
    AMBER_GREEN("Amber/Green"),
    AMBER("Amber"),
    AMBER_RED("Amber/Red"),
    RED("Red");

    private final String label;

    ConfidenceRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
