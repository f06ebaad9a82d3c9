package org.sendpmo.risk;

/** A KRI's status for a cycle. No value for the cycle's month is {@link #NO_DATA}, never green (methodology §2). */
public enum KriStatus {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red"),
    NO_DATA("No data");

    private final String label;

    KriStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
