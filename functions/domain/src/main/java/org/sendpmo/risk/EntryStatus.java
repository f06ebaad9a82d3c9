package org.sendpmo.risk;

/** Whether a register entry is still being managed. Only open entries count towards exposure and confidence. */
public enum EntryStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
