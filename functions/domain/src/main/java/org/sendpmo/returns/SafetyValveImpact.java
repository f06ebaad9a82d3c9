package org.sendpmo.returns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A project's impact on the Safety Valve recovery plan (domain facts §5, §10.1). */
public enum SafetyValveImpact {
    NONE("None"), LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    SafetyValveImpact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The impact named by its label or constant, ignoring case and surrounding spaces ("medium", "MEDIUM"). */
    public static Optional<SafetyValveImpact> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
    }
}
