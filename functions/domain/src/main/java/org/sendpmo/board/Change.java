package org.sendpmo.board;

/**
 * One change since the previous cycle, with the input that caused it.
 *
 * @param from        the previous value as shown to the board ("" when there was none)
 * @param to          the value now ("" when there is none)
 * @param cause       what in the inputs made it change, in words the board can check
 * @param subjectId   what changed when it is not the project itself: a register entry's id, or a KPI's id ("" otherwise)
 * @param subjectName that entry's title or KPI's name ("" when there is no subject)
 */
public record Change(String projectId, String projectName, Kind kind, String from, String to, String cause,
                     String subjectId, String subjectName) {

    public Change {
        subjectId = subjectId == null ? "" : subjectId;
        subjectName = subjectName == null ? "" : subjectName;
    }

    /** A change of the project's own standing: rank, band, RAG status or delivery confidence. */
    public Change(String projectId, String projectName, Kind kind, String from, String to, String cause) {
        this(projectId, projectName, kind, from, to, cause, "", "");
    }

    public boolean hasSubject() {
        return !subjectId.isEmpty();
    }

    public enum Kind {
        RANK("Rank"),
        BAND("Priority band"),
        RAG("RAG status"),
        DELIVERY_CONFIDENCE("Delivery confidence"),
        RISK_NEW("New risk or issue"),
        RISK_CLOSED("Risk or issue closed"),
        RISK_RATING("Risk rating"),
        RISK_ESCALATED("Risk escalated"),
        KPI_REVISED("KPI value revised");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A register entry's change, as opposed to a project's or a KPI's. */
        public boolean aboutRisk() {
            return name().startsWith("RISK_");
        }
    }
}
