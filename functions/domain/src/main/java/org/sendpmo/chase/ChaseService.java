package org.sendpmo.chase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.Transactions;

/**
 * The programme office chases a project's outstanding return: the chase and its audit entry are recorded and
 * the email is sent last in the same transaction, so an email that cannot be sent leaves no record, and a
 * record that cannot be written sends no email.
 */
public final class ChaseService {

    private final OutstandingReturns outstanding;
    private final CycleRepository cycles;
    private final ChaseMessage message;
    private final Mailer mailer;
    private final ChaseLog log;
    private final Transactions transactions;
    private final AuditLog audit;

    public ChaseService(OutstandingReturns outstanding, CycleRepository cycles, ChaseMessage message, Mailer mailer,
                        ChaseLog log, Transactions transactions, AuditLog audit) {
        this.outstanding = outstanding;
        this.cycles = cycles;
        this.message = message;
        this.mailer = mailer;
        this.log = log;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** What became of a chase. */
    public sealed interface Outcome permits Chased, Rejected, Refused, NotAllowed, NotSent {
    }

    /** @param recipients the leads it went to */
    public record Chased(Chase chase, List<LeadContact> recipients) implements Outcome {
    }

    /** The request itself is wrong (no such cycle or project); nothing was sent. */
    public record Rejected(List<Problem> problems) implements Outcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** The project cannot be chased now (its return is in, or no lead can be emailed); nothing was sent. */
    public record Refused(Problem problem) implements Outcome {
    }

    public record NotAllowed(String message) implements Outcome {
    }

    /** The mail service failed: nothing was sent and nothing recorded. */
    public record NotSent(String message) implements Outcome {
    }

    public Outcome chase(String cycleId, String projectId, Actor actor, Instant now) {
        if (!actor.isOffice()) {
            return new NotAllowed("Only the programme office chases returns.");
        }
        Optional<BoardCycle> cycle = cycleId == null ? Optional.empty() : cycles.find(cycleId);
        if (cycle.isEmpty()) {
            return new Rejected(List.of(new Problem("cycleId", String.valueOf(cycleId), "There is no board cycle '" + cycleId + "'")));
        }
        String project = projectId == null ? "" : projectId.trim();
        if (project.isEmpty()) {
            return new Rejected(List.of(new Problem("projectId", "", "Choose the project whose return to chase")));
        }
        Optional<OutstandingReturn> due = outstanding.find(cycle.get(), project, now);
        if (due.isEmpty()) {
            return notOutstanding(cycle.get(), project);
        }
        if (due.get().reachable().isEmpty()) {
            return new Refused(new Problem("projectId", project, noLeadMessage(due.get())));
        }
        try {
            return transactions.inTransaction(() -> send(cycle.get(), due.get(), actor, now));
        } catch (MailUnavailable e) {
            return new NotSent("The email could not be sent, so nothing was sent and the chase is not recorded: "
                    + e.getMessage() + " Try again in a few minutes.");
        }
    }

    /** The cycle's chases, newest first: for the office's page and the pack's returns page. */
    public List<Chase> history(String cycleId) {
        return log.forCycle(cycleId);
    }

    private Chased send(BoardCycle cycle, OutstandingReturn due, Actor actor, Instant now) {
        MailMessage mail = message.compose(cycle, due);
        String project = due.project().id();
        long id = log.open(cycle.id(), project, actor.username(), mail.to(), now);
        audit.record(new AuditEntry(now, actor.username(), AuditAction.RETURN_CHASED, project + " in " + cycle.id(), null,
                "return for " + cycle.reportingMonth() + " chased by email to " + String.join(", ", mail.to())));
        String messageId = mailer.send(mail); // last: a failure here rolls back both records
        log.sent(id, messageId);
        return new Chased(new Chase(cycle.id(), project, actor.username(), mail.to(), now, messageId), due.reachable());
    }

    private Outcome notOutstanding(BoardCycle cycle, String project) {
        boolean known = outstanding.isProject(project);
        return known
                ? new Refused(new Problem("projectId", project, "The return for " + project + " for " + cycle.reportingMonth()
                        + " has been received, so there is nothing to chase"))
                : new Rejected(List.of(new Problem("projectId", project, "There is no project '" + project + "'")));
    }

    private static String noLeadMessage(OutstandingReturn due) {
        String project = due.project().id();
        return due.leads().isEmpty()
                ? "Nobody is on record as leading " + project + ", so there is no one to email; give a project lead the project first"
                : "No lead of " + project + " has an email address (" + String.join(", ",
                due.leads().stream().map(LeadContact::username).toList()) + "); add one to their user first";
    }
}
