package org.sendpmo.confidence;

/** Evidence that steps indicative confidence down (methodology §4), with how many steps each is worth. */
public enum ConfidenceFactor {
    OVERALL_RAG_AMBER("Overall RAG Amber", 1),
    OVERALL_RAG_RED("Overall RAG Red", 2),
    MILESTONE_LATE("Milestones late", 1),
    HIGH_RISK_OUTSIDE_APPETITE("High risk outside appetite", 1),
    KRI_RED("Key risk indicator at red", 1),
    LOW_DATA_QUALITY("Data-quality score below threshold", 1),
    RETURN_MISSING("Return missing", 1);

    private final String label;
    private final int steps;

    ConfidenceFactor(String label, int steps) {
        this.label = label;
        this.steps = steps;
    }

    public String label() {
        return label;
    }

    public int steps() {
        return steps;
    }
}
