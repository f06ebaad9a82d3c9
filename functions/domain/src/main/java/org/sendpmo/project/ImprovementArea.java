package org.sendpmo.project;

/** The nine areas of significant weakness found by the 2019 inspection (domain-facts §2.1). */
public enum ImprovementArea {
    C1("Parental confidence and needs met"),
    C2("Inclusion in schools"),
    C3("Parent role in service design"),
    C4("Joint commissioning"),
    C5("Standards and progress"),
    C6("EHC process quality"),
    C7("Governance"),
    C8("Health waiting times"),
    C9("Outcomes review systems");

    private final String shortName;

    ImprovementArea(String shortName) {
        this.shortName = shortName;
    }

    public String code() {
        return name();
    }

    public String shortName() {
        return shortName;
    }
}
