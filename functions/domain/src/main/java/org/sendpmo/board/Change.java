package org.sendpmo.board;

/**
 * One change since the previous cycle, with the input that caused it.
 *
 * @param from  the previous value as shown to the board ("" when there was none)
 * @param to    the value now ("" when there is none)
 * @param cause what in the inputs made it change, in words the board can check
 */
public record Change(String projectId, String projectName, Kind kind, String from, String to, String cause) {

    public enum Kind {
        RANK("Rank"),
        BAND("Priority band"),
        RAG("RAG status"),
        DELIVERY_CONFIDENCE("Delivery confidence"),
        RISK_NEW("New risk or issue"),
        RISK_CLOSED("Risk or issue closed"),
        RISK_RATING("Risk rating"),
        RISK_ESCALATED("Risk escalated");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
