package org.sendpmo.kpi;

/** What a KPI value counts (domain facts §10.4 measure_type). */
public enum KpiUnit {
    COUNT("count"),
    PERCENTAGE("%"),
    AVERAGE_DURATION_WEEKS("weeks"),
    RATE("rate"),
    SCORE("score"),
    NOT_DEFINED("not yet defined");

    private final String label;

    KpiUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
