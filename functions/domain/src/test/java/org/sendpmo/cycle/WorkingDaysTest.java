package org.sendpmo.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(new EnglandWalesHolidays2025To2027());

    @ParameterizedTest(name = "{1} working days before {0} is {2}")
    @CsvSource({
            // from        n  expected      counted by hand
            "2026-04-15,   1, 2026-04-14",  // Tue
            "2026-04-13,   1, 2026-04-10",  // Mon → Fri
            "2026-04-07,   1, 2026-04-02",  // Tue → skips Easter Monday 6th, weekend, Good Friday 3rd → Thu 2nd
            "2026-12-29,   1, 2026-12-24",  // skips substitute Boxing Day 28th, weekend, Christmas 25th
            "2026-12-28,   1, 2026-12-24",  // from a holiday itself
            "2027-01-04,   2, 2026-12-30",  // weekend, New Year's Day Fri 1 Jan 2027, then Thu 31 (1), Wed 30 (2)
    })
    void minusSkipsWeekendsAndBankHolidays(LocalDate from, int n, LocalDate expected) {
        assertEquals(expected, workingDays.minus(from, n));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-04-02, 1, 2026-04-07",  // Good Friday, weekend, Easter Monday skipped
            "2026-12-24, 1, 2026-12-29",
            "2026-12-24, 3, 2026-12-31",  // 29, 30, 31
            "2026-12-24, 4, 2027-01-04",  // 1 Jan 2027 is a holiday, then the weekend
            "2026-05-22, 1, 2026-05-26",  // spring bank holiday Mon 25 May
    })
    void plusSkipsWeekendsAndBankHolidays(LocalDate from, int n, LocalDate expected) {
        assertEquals(expected, workingDays.plus(from, n));
    }

    @Test
    void zeroDaysIsTheSameDateEvenOnAHoliday() {
        assertEquals(LocalDate.of(2026, 12, 25), workingDays.minus(LocalDate.of(2026, 12, 25), 0));
        assertEquals(LocalDate.of(2026, 12, 26), workingDays.plus(LocalDate.of(2026, 12, 26), 0));
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 4, 3)));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 4, 4)));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 4, 5)));
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        // 24 Dec 2026 → 4 Jan 2027: 29, 30, 31 Dec and 4 Jan
        assertEquals(4, workingDays.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4)));
        assertEquals(0, workingDays.between(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> workingDays.minus(LocalDate.of(2026, 1, 5), -1));
    }

    @Test
    void aCalendarWithoutWorkingDaysIsReportedNotLoopedOn() {
        WorkingDays broken = new WorkingDays(date -> true);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.minus(LocalDate.of(2026, 1, 5), 1));
        assertTrue(e.getMessage().contains("holiday calendar is wrong"), e.getMessage());
    }
}
