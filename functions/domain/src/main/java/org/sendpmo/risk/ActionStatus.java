package org.sendpmo.risk;

/** Progress of a mitigating action. */
public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
