package org.sendpmo.risk;

/**
 * Register categories as proposed in domain-facts §10.3 (the sources name examples, not a scheme).
 * Appetite is set per category in {@link RiskSettings}.
 */
public enum RiskCategory {
    DATA_QUALITY("Data quality"),
    COMPLAINTS("Complaints"),
    RECRUITMENT_WORKFORCE("Recruitment and workforce"),
    PROGRAMME_RESOURCES("Programme resources"),
    FINANCE_HIGH_NEEDS("Finance (High Needs)"),
    COMMUNICATIONS("Communications"),
    COMMISSIONING("Commissioning"),
    DEMAND("Demand"),
    PARTNERSHIP("Partnership"),
    OTHER("Other");

    private final String label;

    RiskCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
