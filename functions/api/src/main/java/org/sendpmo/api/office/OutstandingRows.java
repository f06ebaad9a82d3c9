package org.sendpmo.api.office;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendpmo.chase.Chase;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.OutstandingReturn;
import org.sendpmo.cycle.ProgrammeTime;

/** The words the outstanding-returns page shows for each row, and the JSON fields for a chase. */
final class OutstandingRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK);

    private OutstandingRows() {
    }

    static Map<String, Object> row(OutstandingReturn o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("projectId", o.project().id());
        row.put("projectName", o.project().name());
        row.put("leads", o.leads().isEmpty() ? "None on record" : o.leads().stream().map(OutstandingRows::lead)
                .collect(Collectors.joining("; ")));
        row.put("due", DAY.format(o.dueDate()));
        row.put("late", o.workingDaysLate() == 0 ? "Not yet due" : o.workingDaysLate() + (o.workingDaysLate() == 1
                ? " working day" : " working days"));
        row.put("status", o.status());
        row.put("lastChased", o.lastChase().map(OutstandingRows::chased).orElse("Not chased"));
        row.put("chaseable", !o.reachable().isEmpty());
        return row;
    }

    /** "Sam Okafor (sam.okafor@example.org)", or "… (no email address)". */
    static String lead(LeadContact l) {
        return l.name() + (l.hasEmail() ? " (" + l.email() + ")" : " (no email address)");
    }

    static String names(List<LeadContact> leads) {
        return leads.stream().map(OutstandingRows::lead).collect(Collectors.joining(", "));
    }

    private static String chased(Chase c) {
        return AT.format(c.at().atZone(ProgrammeTime.ZONE)) + " by " + c.chasedBy();
    }

    static Map<String, Object> json(Chase c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cycleId", c.cycleId());
        json.put("projectId", c.projectId());
        json.put("chasedBy", c.chasedBy());
        json.put("recipients", c.recipients());
        json.put("at", c.at().toString());
        json.put("messageId", c.messageId());
        return json;
    }
}
