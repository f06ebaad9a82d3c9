package org.sendpmo.chase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendpmo.project.Project;

/**
 * A project whose return for a cycle's reporting month has not arrived.
 *
 * @param status          what the pack will say if nothing arrives: "no return received" or what is carried forward
 * @param workingDaysLate working days past the due date, today counted; 0 before then
 * @param lastChase       the latest chase for this cycle, if any
 */
public record OutstandingReturn(Project project, List<LeadContact> leads, LocalDate dueDate, int workingDaysLate,
                                String status, Optional<Chase> lastChase) {

    public OutstandingReturn {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(lastChase, "lastChase");
        leads = List.copyOf(leads);
    }

    /** The leads a chase can reach. */
    public List<LeadContact> reachable() {
        return leads.stream().filter(LeadContact::hasEmail).toList();
    }
}
