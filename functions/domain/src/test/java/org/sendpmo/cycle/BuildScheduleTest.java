package org.sendpmo.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.BuildSchedule;

/** When a scheduled build is due: from N working days before the meeting, after the cut-off, before the meeting. */
class BuildScheduleTest {

    private static final WorkingDays DAYS = new WorkingDays(new EnglandWalesHolidays2025To2027());
    private static final BuildSchedule TWO_DAYS = new BuildSchedule(DAYS, 2);

    /** Meeting Wednesday 16 December 2026, cut-off Wednesday 9 December: due Monday 14 and Tuesday 15. */
    @Test
    void dueFromTwoWorkingDaysBeforeTheMeetingUntilTheDayBefore() {
        BoardCycle cycle = cycle(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 9));
        assertEquals(LocalDate.of(2026, 12, 14), TWO_DAYS.firstDay(cycle));
        assertEquals(List.of(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15)), dueDays(cycle, TWO_DAYS));
    }

    /** Bank holidays are not working days: meeting Tuesday 29 December 2026, so 2 working days before is Wednesday 23rd. */
    @Test
    void countsWorkingDaysPastBankHolidays() {
        BoardCycle cycle = cycle(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 18));
        assertEquals(LocalDate.of(2026, 12, 23), TWO_DAYS.firstDay(cycle));
    }

    /** A cut-off the day before the meeting leaves no day on which every return is in: no scheduled build. */
    @Test
    void neverBeforeTheCutOffHasPassed() {
        BoardCycle late = cycle(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 15));
        assertEquals(List.of(), dueDays(late, TWO_DAYS));
        BoardCycle cutOffOnBuildDay = cycle(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 14));
        assertEquals(List.of(LocalDate.of(2026, 12, 15)), dueDays(cutOffOnBuildDay, TWO_DAYS));
        assertFalse(TWO_DAYS.dueOn(cutOffOnBuildDay, LocalDate.of(2026, 12, 16)), "not on the meeting day");
    }

    @Test
    void theSettingMustBeAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> new BuildSchedule(DAYS, 0));
        assertTrue(new BuildSchedule(DAYS, 1).dueOn(cycle(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 9)),
                LocalDate.of(2026, 12, 15)));
    }

    private static List<LocalDate> dueDays(BoardCycle cycle, BuildSchedule schedule) {
        return Stream.iterate(cycle.meetingDate().minusDays(20), d -> !d.isAfter(cycle.meetingDate().plusDays(2)), d -> d.plusDays(1))
                .filter(d -> schedule.dueOn(cycle, d)).toList();
    }

    private static BoardCycle cycle(LocalDate meeting, LocalDate cutOff) {
        return new BoardCycle("stsb-" + YearMonth.from(meeting), Board.STSB, "SEND Transformation Strategic Board", meeting,
                YearMonth.from(meeting).minusMonths(1), cutOff);
    }
}
