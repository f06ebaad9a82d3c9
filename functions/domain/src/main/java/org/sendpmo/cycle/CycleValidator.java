package org.sendpmo.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendpmo.returns.Problem;

/**
 * Checks a typed cycle and works out the dates left empty from the return-schedule rules. Every problem is
 * reported on its own field, as the return form's are; the field names are {@link CycleDraft}'s components.
 */
public final class CycleValidator {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH_SHOWN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    /** Years a meeting can be in: a wider range is a typing mistake (and would not make a tidy id). */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private final ReturnScheduler scheduler;

    public CycleValidator(ReturnScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The checked values, the due date and cut-off filled in where they were left empty. */
    public record Checked(Board board, LocalDate meetingDate, YearMonth reportingMonth, LocalDate returnsDue, LocalDate cutOff) {

        public String defaultId() {
            return board.idPrefix() + "-" + YearMonth.from(meetingDate);
        }
    }

    /** Either the checked values or every problem found. */
    public record Result(Checked checked, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** @param fixedBoard the board of the cycle being edited, or null when creating (the draft's board is then checked) */
    public Result check(CycleDraft draft, Board fixedBoard) {
        List<Problem> problems = new ArrayList<>();
        Board board = fixedBoard != null ? fixedBoard : board(draft.board(), problems);
        LocalDate meeting = meeting(draft.meetingDate(), problems);
        YearMonth month = month(draft.reportingMonth(), meeting, problems);
        LocalDate due = optionalDate(draft.returnsDue(), "returnsDue", "date returns are due", problems);
        LocalDate cutOff = optionalDate(draft.cutOff(), "cutOff", "data cut-off", problems);
        if (meeting != null) {
            ReturnSchedule defaults = scheduler.defaults(meeting);
            due = draft.returnsDue().isEmpty() ? defaults.dueDate() : due;
            cutOff = draft.cutOff().isEmpty() ? defaults.cutOffDate() : cutOff;
            orderOfDates(meeting, month, due, cutOff, problems);
        }
        return problems.isEmpty() ? new Result(new Checked(board, meeting, month, due, cutOff), problems)
                : new Result(null, problems);
    }

    private static Board board(String code, List<Problem> problems) {
        if (code.isEmpty()) {
            problems.add(new Problem("board", "", "Select the board the cycle is for"));
            return null;
        }
        return Board.fromCode(code).orElseGet(() -> {
            problems.add(new Problem("board", code, "Select a board from the list; '" + code + "' is not one of the programme's boards"));
            return null;
        });
    }

    private static LocalDate meeting(String text, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem("meetingDate", "", "Enter the date of the meeting, for example 16/12/2026"));
            return null;
        }
        LocalDate date = optionalDate(text, "meetingDate", "meeting date", problems);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            problems.add(new Problem("meetingDate", text, "The meeting date must be in the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + ", for example 16/12/2026"));
            return null;
        }
        return date;
    }

    private static YearMonth month(String text, LocalDate meeting, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem("reportingMonth", "", "Enter the month the returns report on, for example 2026-11"));
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("reportingMonth", text, "The reporting month must be a year and month like 2026-11"));
            return null;
        }
        if (meeting != null && month.isAfter(YearMonth.from(meeting))) {
            problems.add(new Problem("reportingMonth", text, "The reporting month must not be after the month of the meeting ("
                    + YearMonth.from(meeting).format(MONTH_SHOWN) + ")"));
            return null;
        }
        return month;
    }

    /** Due on or before the cut-off, the cut-off on or before the meeting and not before the reporting month starts. */
    private static void orderOfDates(LocalDate meeting, YearMonth month, LocalDate due, LocalDate cutOff, List<Problem> problems) {
        if (cutOff != null && cutOff.isAfter(meeting)) {
            problems.add(new Problem("cutOff", cutOff.format(SHOWN), "The data cut-off must be on or before the meeting date ("
                    + meeting.format(SHOWN) + ")"));
        } else if (cutOff != null && month != null && cutOff.isBefore(month.atDay(1))) {
            problems.add(new Problem("cutOff", cutOff.format(SHOWN), "The data cut-off must not be before the reporting month starts ("
                    + month.atDay(1).format(SHOWN) + ")"));
        }
        if (due != null && cutOff != null && due.isAfter(cutOff)) {
            problems.add(new Problem("returnsDue", due.format(SHOWN), "Returns must be due on or before the data cut-off ("
                    + cutOff.format(SHOWN) + ")"));
        }
    }

    private static LocalDate optionalDate(String text, String field, String what, List<Problem> problems) {
        return org.sendpmo.returns.TypedDates.optional(text, field, what, problems);
    }
}
