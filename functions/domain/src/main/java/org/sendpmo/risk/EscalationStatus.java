package org.sendpmo.risk;

/**
 * Where an entry has been escalated to, following the routes in domain-facts §4.2: Project Leads →
 * Operational Group → (Programme Team, who hold this register) → STSB, then in parallel either the
 * corporate route (SRP Programme Board) or the partnership/system route (SIAB). Service and
 * operational risks leave the programme route for the Directorate Risk Register (→ CYPE Cabinet
 * Committee). The Programme Team is not a status of its own: an entry on this register is already
 * with them. The Chief Executive is the SIAB's personal escalation point, not a register level.
 */
public enum EscalationStatus {
    NONE("Not escalated", "Project"),
    ESCALATED_TO_OG("Escalated to the Operational Group", "Operational Group"),
    ESCALATED_TO_STSB("Escalated to the SEND Transformation Strategic Board", "STSB"),
    ESCALATED_TO_SRP_BOARD("Escalated to the Strategic Reset Programme Board (corporate route)", "SRP Programme Board"),
    ESCALATED_TO_SIAB("Escalated to the SEND Improvement and Assurance Board (partnership route)", "SIAB"),
    REFERRED_TO_DIRECTORATE_REGISTER("Referred to the Directorate Risk Register (operational risk)", "Directorate Risk Register");

    private final String label;
    private final String body;

    EscalationStatus(String label, String body) {
        this.label = label;
        this.body = body;
    }

    public String label() {
        return label;
    }

    /** The body now holding the entry. */
    public String body() {
        return body;
    }
}
