package org.sendpmo.chase;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sendpmo.cycle.BoardCycle;

/** The words of a chase: plain and polite, with everything the lead needs to act on it. */
public final class ChaseMessage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final String programmeName;
    private final String publicBaseUrl;

    /** @param publicBaseUrl where people reach the product, e.g. {@code https://assurance.example.org} */
    public ChaseMessage(String programmeName, String publicBaseUrl) {
        this.programmeName = programmeName;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public MailMessage compose(BoardCycle cycle, OutstandingReturn outstanding) {
        List<LeadContact> to = outstanding.reachable();
        String project = outstanding.project().id() + " " + outstanding.project().name();
        String month = MONTH.format(cycle.reportingMonth());
        String subject = "Monthly return for " + project + " (" + month + ") not yet received";
        String body = "Dear " + names(to) + ",\n\n"
                + "We have not yet received the monthly return for " + project + " for " + month + ". "
                + dueSentence(outstanding.dueDate(), outstanding.workingDaysLate()) + "\n\n"
                + "It is needed for the " + cycle.board() + " meeting on " + DAY.format(cycle.meetingDate()) + ". "
                + "Returns received after " + DAY.format(cycle.cutOff()) + " will not be in the board's pack.\n\n"
                + "Please submit it with the return form:\n"
                + publicBaseUrl + "/returns/new?project=" + outstanding.project().id() + "\n\n"
                + "If you have sent it already, or cannot send it in time, please reply and let us know.\n\n"
                + "Thank you,\n"
                + "The programme office, " + programmeName + "\n";
        return new MailMessage(to.stream().map(LeadContact::email).toList(), subject, body);
    }

    private static String dueSentence(LocalDate due, int workingDaysLate) {
        return (workingDaysLate > 0 ? "It was due on " : "It is due on ") + DAY.format(due) + ".";
    }

    /** "Sam Okafor", "Sam Okafor and Jo Reid", "A, B and C". */
    static String names(List<LeadContact> leads) {
        List<String> names = leads.stream().map(LeadContact::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
