package org.sendpmo.project;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A project of the transformation programme.
 *
 * @param id                 stable identifier such as {@code P01}
 * @param operationalGroup   1..3, or 0 when the project sits in no Operational Group
 * @param improvementAreas   the areas C1–C9 the project serves (may be empty)
 * @param lead               the project lead's name or role
 */
public record Project(String id, String name, int operationalGroup, Set<ImprovementArea> improvementAreas, String lead) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");

    public Project {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("project id must be capitals, digits or '-', at most 20: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("project name is required for " + id);
        }
        if (operationalGroup < 0 || operationalGroup > 9) {
            throw new IllegalArgumentException("operational group out of range for " + id + ": " + operationalGroup);
        }
        improvementAreas = Set.copyOf(improvementAreas);
        lead = lead == null ? "" : lead;
    }

    public static boolean isValidId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }
}
