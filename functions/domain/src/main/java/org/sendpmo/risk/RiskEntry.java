package org.sendpmo.risk;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;

/**
 * One entry on the risk and issue register (domain-facts §10.3, a proposal). The current score drives
 * rating, appetite, review and exposure (methodology §2); inherent and target are kept for the pack.
 *
 * @param owner        the owner's role (the register names roles, not people)
 * @param projectIds   projects this entry affects; empty for a programme-level entry
 * @param lastReviewed the date it was last reviewed (raising an entry counts as its first review)
 */
public record RiskEntry(String id, EntryType type, String title, String description, RiskCategory category,
                        String owner, List<String> projectIds, Set<ImprovementArea> improvementAreas,
                        RiskScore inherent, RiskScore current, RiskScore target,
                        List<Control> controls, List<MitigatingAction> actions, List<Kri> kris,
                        EscalationStatus escalation, LocalDate lastReviewed, EntryStatus status) {

    public RiskEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("register entry id is required");
        }
        Objects.requireNonNull(type, () -> "type of " + id);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title of " + id + " is required");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(category, () -> "category of " + id);
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner of " + id + " is required");
        }
        projectIds = List.copyOf(projectIds);
        for (String projectId : projectIds) {
            if (projectId.isBlank()) {
                throw new IllegalArgumentException("linked project ids of " + id + " must not be blank");
            }
        }
        // EnumSet keeps C1..C9 order for display.
        improvementAreas = improvementAreas.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(improvementAreas));
        Objects.requireNonNull(inherent, () -> "inherent score of " + id);
        Objects.requireNonNull(current, () -> "current score of " + id);
        Objects.requireNonNull(target, () -> "target score of " + id);
        controls = List.copyOf(controls);
        actions = List.copyOf(actions);
        kris = List.copyOf(kris);
        Objects.requireNonNull(escalation, () -> "escalation status of " + id);
        Objects.requireNonNull(lastReviewed, () -> "last review date of " + id);
        Objects.requireNonNull(status, () -> "status of " + id);
    }

    public boolean isOpen() {
        return status == EntryStatus.OPEN;
    }

    public boolean affects(String projectId) {
        return projectIds.contains(projectId);
    }
}
