package org.sendpmo.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Dates as people type them into the office's forms: 16/12/2026 or 2026-12-16. */
public final class TypedDates {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }

    /** The date, or null when empty; a date that cannot be read adds a problem on the field and gives null. */
    public static LocalDate optional(String text, String field, String what, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, text, "The " + what + " must be a real date, for example 16/12/2026"));
            return null;
        }
    }
}
