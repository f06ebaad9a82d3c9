package org.sendpmo.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a project is in its life, as the programme office records it. */
public enum ProjectStage {
    DISCOVERY("Discovery"),
    SCOPING("Scoping"),
    MOBILISATION("Mobilisation"),
    IMPLEMENTATION("Implementation"),
    EVALUATION("Evaluation"),
    LEGACY_PLANNING("Legacy planning"),
    TRANSITION_TO_BAU("Transition to business as usual"),
    CLOSED("Closed");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code ({@code LEGACY_PLANNING}) or by label ("Legacy planning"), ignoring case. */
    public static Optional<ProjectStage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(t.replace(' ', '_')) || s.label.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
