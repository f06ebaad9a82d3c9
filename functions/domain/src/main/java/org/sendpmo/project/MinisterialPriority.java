package org.sendpmo.project;

/** The five ministerial priorities of the Minister's letter of 12 January 2023 (domain-facts §2.2). */
public enum MinisterialPriority {
    B1("Parental confidence to meet children's needs"),
    B2("Quality of provision and commitment to inclusion in schools"),
    B3("Area wide ambition for children and young people with SEND"),
    B4("Waiting times for children on the neurodevelopmental pathway"),
    B5("Timeliness and quality of EHC Plans");

    private final String title;

    MinisterialPriority(String title) {
        this.title = title;
    }

    public String code() {
        return name();
    }

    public String title() {
        return title;
    }
}
