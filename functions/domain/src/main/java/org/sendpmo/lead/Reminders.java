package org.sendpmo.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.MailMessage;
import org.sendpmo.chase.MailUnavailable;
import org.sendpmo.chase.Mailer;
import org.sendpmo.chase.OutstandingReturn;
import org.sendpmo.chase.OutstandingReturns;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.cycle.ReturnSchedule;
import org.sendpmo.cycle.WorkingDays;
import org.sendpmo.storage.Transactions;

/**
 * Reminds each lead whose return is not in yet, a set number of working days before it is due (England and
 * Wales bank holidays excluded, as the due date itself is worked out). From that day up to the due date a run
 * reminds whoever has not been reminded of that cycle's return, so a run missed on the day is made up by the
 * next; each lead is reminded once per project and cycle. The record, its audit entry and the email go in one
 * transaction, the email last: an email that cannot be sent records nothing and is tried again next run.
 */
public final class Reminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final CycleRepository cycles;
    private final OutstandingReturns outstanding;
    private final Function<BoardCycle, ReturnSchedule> schedules;
    private final WorkingDays workingDays;
    private final int workingDaysBefore;
    private final ReminderLog log;
    private final Mailer mailer;
    private final Transactions transactions;
    private final AuditLog audit;
    private final String programmeName;
    private final String publicBaseUrl;

    /** What one run did. */
    public record Run(LocalDate day, int sent, List<String> failed) {
        public Run {
            failed = List.copyOf(failed);
        }
    }

    /**
     * @param workingDaysBefore how many working days before the due date the reminder goes (0: on the due date)
     */
    public Reminders(CycleRepository cycles, OutstandingReturns outstanding, Function<BoardCycle, ReturnSchedule> schedules,
                     WorkingDays workingDays, int workingDaysBefore, ReminderLog log, Mailer mailer, Transactions transactions,
                     AuditLog audit, String programmeName, String publicBaseUrl) {
        if (workingDaysBefore < 0 || workingDaysBefore > 20) {
            throw new IllegalArgumentException("assurance.reminders.working-days-before-due must be 0 to 20; it is " + workingDaysBefore);
        }
        this.cycles = cycles;
        this.outstanding = outstanding;
        this.schedules = schedules;
        this.workingDays = workingDays;
        this.workingDaysBefore = workingDaysBefore;
        this.log = log;
        this.mailer = mailer;
        this.transactions = transactions;
        this.audit = audit;
        this.programmeName = programmeName;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** The first day a cycle's reminders go: the set number of working days before its due date. */
    public LocalDate reminderDay(LocalDate dueDate) {
        return workingDays.minus(dueDate, workingDaysBefore);
    }

    public Run sendDue(Instant now) {
        LocalDate today = now.atZone(ProgrammeTime.ZONE).toLocalDate();
        int sent = 0;
        List<String> failed = new ArrayList<>();
        for (BoardCycle cycle : cycles.all()) {
            LocalDate due = schedules.apply(cycle).dueDate();
            if (today.isBefore(reminderDay(due)) || today.isAfter(due)) {
                continue;
            }
            for (OutstandingReturn o : outstanding.forCycle(cycle, now)) {
                for (LeadContact lead : o.reachable()) {
                    if (log.sent(cycle.id(), o.project().id(), lead.username())) {
                        continue;
                    }
                    try {
                        transactions.inTransaction(() -> remind(cycle, o, lead, now));
                        sent++;
                    } catch (MailUnavailable e) {
                        failed.add(o.project().id() + " to " + lead.username() + ": " + e.getMessage());
                    }
                }
            }
        }
        return new Run(today, sent, failed);
    }

    private Void remind(BoardCycle cycle, OutstandingReturn o, LeadContact lead, Instant now) {
        String project = o.project().id();
        log.record(cycle.id(), project, lead.username(), lead.email(), now);
        audit.record(new AuditEntry(now, Actor.SYSTEM.username(), AuditAction.RETURN_REMINDED, project + " in " + cycle.id(), null,
                "reminder of the return for " + cycle.reportingMonth() + " emailed to " + lead.email()));
        mailer.send(compose(cycle, o, lead)); // last: a failure rolls back the record and the audit entry
        return null;
    }

    MailMessage compose(BoardCycle cycle, OutstandingReturn o, LeadContact lead) {
        String project = o.project().id() + " " + o.project().name();
        String subject = "Reminder: monthly return for " + project + " (" + cycle.reportingMonth() + ") due " + DAY.format(o.dueDate());
        String body = "Dear " + lead.name() + ",\n\n"
                + "This is a reminder that the monthly return for " + project + " for " + cycle.reportingMonth()
                + " is due on " + DAY.format(o.dueDate()) + ". It is for the " + cycle.board() + " meeting on "
                + DAY.format(cycle.meetingDate()) + ".\n\n"
                + "The form starts from last month's return, so you only need to review it and write this month's progress:\n"
                + publicBaseUrl + "/returns/new?project=" + o.project().id() + "\n\n"
                + "If you have sent it in the meantime, thank you, and please ignore this email.\n\n"
                + "The programme office, " + programmeName + "\n";
        return new MailMessage(List.of(lead.email()), subject, body);
    }
}
