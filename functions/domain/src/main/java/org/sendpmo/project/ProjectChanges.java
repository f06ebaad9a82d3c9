package org.sendpmo.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit log's sentence for a changed project: each field that changed, from what to what. */
final class ProjectChanges {

    private ProjectChanges() {
    }

    static String describe(Project before, Project after) {
        List<String> changes = new ArrayList<>();
        change(changes, "name", before.name(), after.name());
        if (!before.description().equals(after.description())) {
            changes.add("description changed"); // too long for a line of the log
        }
        change(changes, "operational group", before.operationalGroup(), after.operationalGroup());
        change(changes, "lead", before.lead(), after.lead());
        change(changes, "improvement areas", new java.util.TreeSet<>(before.improvementAreas()), new java.util.TreeSet<>(after.improvementAreas()));
        change(changes, "priorities", new java.util.TreeSet<>(before.priorities()), new java.util.TreeSet<>(after.priorities()));
        change(changes, "stage", before.stage().label(), after.stage().label());
        change(changes, "start", before.startDate(), after.startDate());
        change(changes, "planned end", before.plannedEndDate(), after.plannedEndDate());
        change(changes, "dependencies", new java.util.TreeSet<>(before.dependencies()), new java.util.TreeSet<>(after.dependencies()));
        change(changes, "closed on", before.closedOn(), after.closedOn());
        return changes.isEmpty() ? "Saved with no change" : String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        return value == null || value.toString().isEmpty() ? "none" : value.toString();
    }
}
