package org.sendpmo.project;

/**
 * The nine areas of significant weakness found by the 2019 inspection (domain-facts §2.1), with a short
 * name and the finding in brief (a paraphrase, as the domain facts give it).
 */
public enum ImprovementArea {
    C1("Parental confidence and needs met",
            "Parents widely believe the area cannot, or sometimes will not, meet their children's needs."),
    C2("Inclusion in schools",
            "Provision and commitment to inclusion vary; some schools are unwilling to take children and young people with SEND."),
    C3("Parent role in service design",
            "Parents and carers play little part in reviewing or designing SEND services."),
    C4("Joint commissioning",
            "Joint commissioning has failed to close known gaps and long-standing weaknesses."),
    C5("Standards and progress",
            "Too many children and young people with SEND achieve low standards and make poor progress."),
    C6("EHC process quality",
            "The EHC process is inconsistent: assessments out of date, limited health and care input, weak quality assurance of plans."),
    C7("Governance",
            "Strategic and operational governance across the EHC system is weak, without robust action plans."),
    C8("Health waiting times",
            "Waits for some health services are too long: CAMHS, tier two services, speech and language therapy, wheelchairs, ASD and ADHD assessment."),
    C9("Outcomes review systems",
            "No effective systems review and improve outcomes for those whose progress suffered from weak provision.");

    private final String shortName;
    private final String finding;

    ImprovementArea(String shortName, String finding) {
        this.shortName = shortName;
        this.finding = finding;
    }

    public String code() {
        return name();
    }

    public String shortName() {
        return shortName;
    }

    /** What the inspection found, in brief. */
    public String finding() {
        return finding;
    }
}
