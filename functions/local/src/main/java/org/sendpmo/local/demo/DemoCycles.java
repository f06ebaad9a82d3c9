package org.sendpmo.local.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.ReturnScheduler;

/**
 * Monthly Strategic Board cycles: the board meets on the third Wednesday of the month after the
 * reporting month; the data cut-off is the configured number of working days before it (England and
 * Wales bank holidays excluded), from the same scheduler the product uses.
 */
public final class DemoCycles {

    public static final Board BOARD = Board.STSB;
    public static final YearMonth FIRST_MONTH = YearMonth.of(2025, 11);
    /** Twelve months of demo returns, and one more cycle (reporting month 2026-11) still open for returns. */
    public static final int MONTHS_WITH_RETURNS = 12;

    private DemoCycles() {
    }

    public static List<BoardCycle> all(ReturnScheduler scheduler) {
        List<BoardCycle> cycles = new ArrayList<>();
        for (int i = 0; i <= MONTHS_WITH_RETURNS; i++) {
            cycles.add(forReportingMonth(FIRST_MONTH.plusMonths(i), scheduler));
        }
        return cycles;
    }

    public static BoardCycle forReportingMonth(YearMonth month, ReturnScheduler scheduler) {
        LocalDate meeting = month.plusMonths(1).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.WEDNESDAY));
        YearMonth meetingMonth = YearMonth.from(meeting);
        return new BoardCycle(BOARD.idPrefix() + "-" + meetingMonth, BOARD, BOARD.title(), meeting, month, scheduler.defaults(meeting).cutOffDate());
    }
}
