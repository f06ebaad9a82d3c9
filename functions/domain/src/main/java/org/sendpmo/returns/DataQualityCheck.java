package org.sendpmo.returns;

/** The checks of methodology §3, each costing 20 points when it fails. */
public enum DataQualityCheck {
    REQUIRED_FIELD_EMPTY("Required field empty"),
    COMMENTARY_UNCHANGED("Commentary identical to last month's"),
    GREEN_DESPITE_WARNINGS("Overall RAG Green despite a warning sign"),
    NO_KPI_VALUE("No KPI value for the month"),
    FINANCE_NOT_ASSURED("Financial figures not assured by Finance");

    private final String label;

    DataQualityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
