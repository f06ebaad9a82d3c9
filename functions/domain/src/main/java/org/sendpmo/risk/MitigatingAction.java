package org.sendpmo.risk;

import java.time.LocalDate;
import java.util.Objects;

/** An action that reduces a risk, tracked at every board (domain-facts §6). */
public record MitigatingAction(String description, String owner, LocalDate dueDate, ActionStatus status) {

    public MitigatingAction {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("mitigating action description is required");
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner of action '" + description + "' is required");
        }
        Objects.requireNonNull(dueDate, () -> "due date of action '" + description + "'");
        Objects.requireNonNull(status, () -> "status of action '" + description + "'");
    }

    /** Methodology §2: due before the cut-off (strictly) and not complete. Due on the cut-off day is not yet overdue. */
    public boolean isOverdueAt(LocalDate cutOff) {
        return status != ActionStatus.COMPLETE && dueDate.isBefore(cutOff);
    }
}
