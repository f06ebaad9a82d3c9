package org.sendpmo.scoring;

/** Priority band of a scored project. */
public enum Band {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
