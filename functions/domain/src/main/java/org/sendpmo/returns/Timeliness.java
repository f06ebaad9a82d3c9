package org.sendpmo.returns;

/** How a project's return for a cycle arrived (methodology §3). */
public enum Timeliness {
    ON_TIME("On time"),
    LATE("Late"),
    MISSING("Missing");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
