package org.sendpmo.kpi;

/** A month's value against the baseline, in the KPI's good or bad direction. */
public enum Trend {
    IMPROVING("Improving"),
    WORSENING("Worsening"),
    STABLE("Stable"),
    /** No value in the baseline year, so nothing to compare with. */
    NO_BASELINE("No baseline"),
    /** The KPI's good direction is not stated, so a change is neither better nor worse. */
    NOT_JUDGED("Not judged: direction not stated");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
