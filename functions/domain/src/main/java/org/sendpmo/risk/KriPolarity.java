package org.sendpmo.risk;

/** Which way a key risk indicator gets worse. */
public enum KriPolarity {
    HIGHER_IS_WORSE("Higher is worse"),
    LOWER_IS_WORSE("Lower is worse");

    private final String label;

    KriPolarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
