package org.sendpmo.adapters.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendpmo.cycle.ReturnSchedule;
import org.sendpmo.cycle.ReturnScheduleSettings;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.cycle.WorkingDays;

/** The real Jollyday data against the dates gov.uk publishes for England and Wales. */
class JollydayEnglandWalesCalendarTest {

    private static final JollydayEnglandWalesCalendar CALENDAR = new JollydayEnglandWalesCalendar();

    @ParameterizedTest
    @ValueSource(strings = {
            "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
            "2026-12-25", "2026-12-28",   // Boxing Day is a Saturday: substitute Monday 28th
            "2027-12-27", "2027-12-28",   // Christmas Saturday and Boxing Day Sunday: Monday and Tuesday
            "2022-09-19", "2023-05-08",   // one-off days: the Queen's state funeral, the King's coronation
    })
    void englandAndWalesBankHolidays(LocalDate date) {
        assertTrue(CALENDAR.isHoliday(date), date + " is a bank holiday in England and Wales");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-01-02", "2027-01-04",   // 2 January (Scotland only)
            "2025-12-01", "2026-11-30",   // St Andrew's Day and its substitute (Scotland only)
            "2026-08-03",                 // Scotland's summer bank holiday, first Monday in August
            "2026-03-17", "2026-07-13",   // St Patrick's Day, Battle of the Boyne substitute (Northern Ireland)
            "2026-12-26",                 // the Saturday itself: weekend, not a holiday, the Monday is
            "2026-12-24", "2026-12-31", "2026-04-02", "2026-04-07",
    })
    void notHolidaysInEnglandAndWales(LocalDate date) {
        assertFalse(CALENDAR.isHoliday(date), date + " is not a bank holiday in England and Wales");
    }

    @Test
    void the2026CalendarIsExactlyTheEightGovUkDates() {
        Set<LocalDate> expected = new TreeSet<>(List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));
        assertEquals(expected, new TreeSet<>(CALENDAR.holidays(2026)));
    }

    /** Due dates counted by hand in the domain's ReturnSchedulerTest, now with the real data. */
    @Test
    void dueDatesAcrossEasterAndChristmas() {
        ReturnScheduler scheduler = new ReturnScheduler(new WorkingDays(CALENDAR), new ReturnScheduleSettings(10, 5));
        ReturnSchedule easter = scheduler.defaults(LocalDate.of(2026, 4, 15));
        assertEquals(LocalDate.of(2026, 3, 30), easter.dueDate());
        assertEquals(LocalDate.of(2026, 4, 8), easter.cutOffDate());
        ReturnSchedule christmas = scheduler.defaults(LocalDate.of(2027, 1, 6));
        assertEquals(LocalDate.of(2026, 12, 18), christmas.dueDate());
        assertEquals(LocalDate.of(2026, 12, 29), christmas.cutOffDate());
        ReturnSchedule christmas2025 = scheduler.defaults(LocalDate.of(2026, 1, 7));
        assertEquals(LocalDate.of(2025, 12, 19), christmas2025.dueDate());
        assertEquals(LocalDate.of(2025, 12, 30), christmas2025.cutOffDate());
    }
}
