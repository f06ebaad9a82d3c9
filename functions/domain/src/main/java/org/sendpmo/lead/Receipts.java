package org.sendpmo.lead;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.MailMessage;
import org.sendpmo.chase.MailUnavailable;
import org.sendpmo.chase.Mailer;
import org.sendpmo.chase.ProjectLeads;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RecordedReturn;

/**
 * Emails the lead who submitted a return its receipt. Sent after the return is stored and outside its
 * transaction: the return stands whatever becomes of the email, and the receipt page says which it was.
 */
public final class Receipts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK);

    /** What became of the receipt email. */
    public enum Emailed { SENT, FAILED, NO_ADDRESS }

    private final ProjectLeads leads;
    private final Mailer mailer;
    private final String programmeName;
    private final String publicBaseUrl;

    public Receipts(ProjectLeads leads, Mailer mailer, String programmeName, String publicBaseUrl) {
        this.leads = leads;
        this.mailer = mailer;
        this.programmeName = programmeName;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public Emailed send(Actor submitter, Project project, RecordedReturn recorded) {
        Optional<LeadContact> to = leads.forProject(project.id()).stream()
                .filter(l -> l.username().equals(submitter.username()) && l.hasEmail()).findFirst();
        if (to.isEmpty()) {
            return Emailed.NO_ADDRESS;
        }
        try {
            mailer.send(compose(to.get(), project, recorded));
            return Emailed.SENT;
        } catch (MailUnavailable e) {
            return Emailed.FAILED;
        }
    }

    MailMessage compose(LeadContact to, Project project, RecordedReturn recorded) {
        String month = recorded.content().reportingMonth().toString();
        Instant at = recorded.receivedAt();
        String subject = "Receipt: monthly return for " + project.id() + " " + project.name() + " (" + month + ")";
        String body = "Dear " + to.name() + ",\n\n"
                + "We received your monthly return for " + project.id() + " " + project.name() + " for " + month + " on "
                + WHEN.format(at.atZone(ProgrammeTime.ZONE)) + ".\n\n"
                + "Your reference: " + recorded.reference() + "\n"
                + "Version: " + recorded.version() + (recorded.version() > 1 ? " (it replaces version " + (recorded.version() - 1)
                + " for this month; both are kept)" : "") + "\n"
                + "Stored as: " + recorded.rawKey().value() + "\n\n"
                + "You can read it, and every earlier version, at:\n"
                + publicBaseUrl + "/projects/" + project.id() + "/returns\n\n"
                + "To correct it, submit the return again: the new version replaces this one in the next pack.\n\n"
                + "The programme office, " + programmeName + "\n";
        return new MailMessage(List.of(to.email()), subject, body);
    }
}
