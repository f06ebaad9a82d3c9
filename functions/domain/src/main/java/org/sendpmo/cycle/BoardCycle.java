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
 * @param boardCode the board, by its code: what is stored, and what finds "the same board's previous cycle"
 * @param board    the board's display name as read: the programme office's name for it when the cycle was read
 *                 (in a pack, the name pinned for the build; see {@link BoardNames})
 * @param cutOff   the last day on which a return counts for this cycle (inclusive, programme time)
 * @param returnsDue the day returns are due, as the programme office set it; null for a cycle recorded before
 *                   due dates were stored, whose due date is the return-schedule rules' default
 */
public record BoardCycle(String id, Board boardCode, String board, LocalDate meetingDate, YearMonth reportingMonth,
                         LocalDate cutOff, LocalDate returnsDue) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public BoardCycle {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("cycle id must be lower-case letters, digits and '-': " + id);
        }
        Objects.requireNonNull(boardCode, "boardCode");
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
    public BoardCycle(String id, Board boardCode, String board, LocalDate meetingDate, YearMonth reportingMonth, LocalDate cutOff) {
        this(id, boardCode, board, meetingDate, reportingMonth, cutOff, null);
    }

    /** The same cycle with its board shown under another name. */
    public BoardCycle withBoardName(String name) {
        return new BoardCycle(id, boardCode, name, meetingDate, reportingMonth, cutOff, returnsDue);
    }

    /** Returns received before this instant count: the start of the day after the cut-off. */
    public Instant receivedBefore() {
        return cutOff.plusDays(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
    }
}
