package org.sendpmo.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A meeting of a governance board and the reporting month it reviews.
 *
 * @param id       url-safe id such as {@code stsb-2026-12}
 * @param cutOff   the last day on which a return counts for this cycle (inclusive, programme time)
 * @param returnsDue the day returns are due, as the programme office set it; null for a cycle recorded before
 *                   due dates were stored, whose due date is the return-schedule rules' default
 */
public record BoardCycle(String id, String board, LocalDate meetingDate, YearMonth reportingMonth, LocalDate cutOff,
                         LocalDate returnsDue) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public BoardCycle {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("cycle id must be lower-case letters, digits and '-': " + id);
        }
        if (board == null || board.isBlank()) {
            throw new IllegalArgumentException("board is required for cycle " + id);
        }
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(reportingMonth, "reportingMonth");
        Objects.requireNonNull(cutOff, "cutOff");
        if (cutOff.isAfter(meetingDate)) {
            throw new IllegalArgumentException("cut-off " + cutOff + " is after the meeting " + meetingDate);
        }
        if (returnsDue != null && returnsDue.isAfter(cutOff)) {
            throw new IllegalArgumentException("returns due " + returnsDue + " is after the cut-off " + cutOff);
        }
    }

    /** A cycle whose due date is the return-schedule rules' default. */
    public BoardCycle(String id, String board, LocalDate meetingDate, YearMonth reportingMonth, LocalDate cutOff) {
        this(id, board, meetingDate, reportingMonth, cutOff, null);
    }

    /** Returns received before this instant count: the start of the day after the cut-off. */
    public Instant receivedBefore() {
        return cutOff.plusDays(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
    }
}
