package org.sendpmo.api.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendpmo.cycle.ProgrammeTime;

/** Dates and times as the lead's pages show them, in programme time and GOV.UK style ("3 March 2026 at 14:05"). */
public final class LeadFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private LeadFormat() {
    }

    public static String when(Instant at) {
        return WHEN.format(at.atZone(ProgrammeTime.ZONE));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
