package org.sendpmo.risk;

/** A risk may happen; an issue has happened (domain-facts §6: both are held at project and programme level). */
public enum EntryType {
    RISK("Risk"),
    ISSUE("Issue");

    private final String label;

    EntryType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
