package org.sendpmo.risk;

import java.util.Objects;

/** A control in place against a risk, with how well it works (domain-facts §6: effectiveness of controls is reviewed). */
public record Control(String description, Effectiveness effectiveness) {

    public enum Effectiveness {
        EFFECTIVE("Effective"),
        PARTIALLY_EFFECTIVE("Partially effective"),
        INEFFECTIVE("Ineffective");

        private final String label;

        Effectiveness(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Control {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("control description is required");
        }
        Objects.requireNonNull(effectiveness, () -> "effectiveness of control " + description);
    }
}
