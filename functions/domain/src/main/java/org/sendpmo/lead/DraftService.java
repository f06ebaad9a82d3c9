package org.sendpmo.lead;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.StorageUnavailable;
import org.sendpmo.storage.Transactions;

/**
 * Saving and resuming a return before it is submitted. A draft needs only its project (one the person may
 * report on) and month, since those say which draft it is; everything else is kept as typed and checked when
 * the return is submitted. Each save and each removal is audited in the same transaction.
 */
public final class DraftService {

    private final SavedDrafts drafts;
    private final ProjectDirectory projects;
    private final Transactions transactions;
    private final AuditLog audit;

    public DraftService(SavedDrafts drafts, ProjectDirectory projects, Transactions transactions, AuditLog audit) {
        this.drafts = drafts;
        this.projects = projects;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** What became of a save. */
    public sealed interface Outcome permits Saved, NotAllowed, Rejected, NotStored {
    }

    public record Saved(SavedDraft draft) implements Outcome {
    }

    /** The project is not one the person may report on; nothing was saved. */
    public record NotAllowed(Problem problem) implements Outcome {
    }

    /** No project or month to file the draft under; nothing was saved. */
    public record Rejected(List<Problem> problems) implements Outcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    public record NotStored(String reason) implements Outcome {
    }

    public Outcome save(Actor actor, Map<String, String> fields, Instant now) {
        String projectId = fields.getOrDefault("projectId", "").trim();
        String monthText = fields.getOrDefault("reportingMonth", "").trim();
        if (projectId.isEmpty()) {
            return new Rejected(List.of(new Problem("projectId", "", "Select the project before saving a draft")));
        }
        if (!actor.mayReportOn(projectId) || projects.find(projectId).isEmpty()) {
            return new NotAllowed(new Problem("projectId", projectId, "You can save drafts only for the projects you lead, and "
                    + projectId + " is not one of them. Nothing was saved."));
        }
        Optional<YearMonth> month = month(monthText);
        if (month.isEmpty()) {
            return new Rejected(List.of(new Problem("reportingMonth", monthText, "Select the reporting month before saving a draft")));
        }
        SavedDraft draft = new SavedDraft(actor.username(), projectId, month.get(), fields, now);
        try {
            return transactions.inTransaction(() -> {
                drafts.save(draft);
                audit.record(new AuditEntry(now, actor.username(), AuditAction.DRAFT_SAVED, projectId, null,
                        "draft return for " + month.get()));
                return new Saved(draft);
            });
        } catch (StorageUnavailable e) {
            return new NotStored(e.getMessage());
        }
    }

    /** The person's own draft; another person's drafts are never found. */
    public Optional<SavedDraft> find(Actor actor, String projectId, YearMonth month) {
        return actor.mayReportOn(projectId) ? drafts.find(actor.username(), projectId, month) : Optional.empty();
    }

    public List<SavedDraft> forUser(Actor actor) {
        return drafts.forUser(actor.username()).stream().filter(d -> actor.mayReportOn(d.projectId())).toList();
    }

    /** Removes the person's draft once its return is submitted (audited); nothing happens when there is none. */
    public void submitted(Actor actor, String projectId, YearMonth month, Instant now) {
        transactions.inTransaction(() -> {
            if (drafts.delete(actor.username(), projectId, month)) {
                audit.record(new AuditEntry(now, actor.username(), AuditAction.DRAFT_REMOVED, projectId, null,
                        "draft return for " + month + " removed: the return was submitted"));
            }
            return null;
        });
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
