package org.sendpmo.api.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendpmo.cycle.ProgrammeTime;

/** Dates and times as the office pages show them, in programme time (Europe/London). */
final class OfficeFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm:ss", Locale.UK);

    private OfficeFormat() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    static String input(LocalDate date) {
        return date.format(INPUT);
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    static String time(Instant at) {
        return at == null ? "" : at.atZone(ProgrammeTime.ZONE).format(TIME);
    }
}
