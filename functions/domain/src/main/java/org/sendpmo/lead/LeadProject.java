package org.sendpmo.lead;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RecordedReturn;

/**
 * One row of a lead's "my projects" page.
 *
 * @param month     the reporting month the current cycle wants; empty when no cycle is set up
 * @param dueDate   when that month's return is due; empty when no cycle is set up
 * @param status    the return's status in words, as the pack would put it
 * @param state     RECEIVED, DUE (not in, not yet late), LATE (not in, past the due date) or NO_CYCLE
 * @param received  the version the pack would use, when it is in
 * @param draft     when a draft for the month was saved, if one was
 */
public record LeadProject(Project project, Optional<YearMonth> month, Optional<LocalDate> dueDate, String status,
                          State state, Optional<RecordedReturn> received, Optional<SavedDraft> draft) {

    public enum State { RECEIVED, DUE, LATE, NO_CYCLE }

    public LeadProject {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(state, "state");
    }
}
