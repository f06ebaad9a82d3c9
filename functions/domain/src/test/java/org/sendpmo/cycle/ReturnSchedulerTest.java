package org.sendpmo.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnSchedulerTest {

    private final ReturnScheduler scheduler = new ReturnScheduler(
            new WorkingDays(new EnglandWalesHolidays2025To2027()), new ReturnScheduleSettings(10, 5));

    /*
     * Counted back by hand on a calendar, numbering each working day before the meeting:
     *
     * 15 Apr 2026 (Wed): 14(1) 13(2) 10(3) 9(4) 8(5)=cut-off, 7(6), [6 Easter Mon, 5, 4, 3 Good Fri],
     *                    2(7) 1(8) 31 Mar(9) 30 Mar(10)=due. Weekdays only would give 1 Apr.
     * 7 Jan 2026 (Wed):  6(1) 5(2) 2(3) [1 Jan] 31 Dec(4) 30(5)=cut-off, 29(6) [28, 27, 26 Boxing, 25 Christmas]
     *                    24(7) 23(8) 22(9) 19 Dec(10)=due.
     * 6 Jan 2027 (Wed):  5(1) 4(2) [1 Jan 2027, 2, 3] 31(3) 30(4) 29 Dec(5)=cut-off, [28 substitute Boxing Day,
     *                    27, 26, 25 Christmas] 24(6) 23(7) 22(8) 21(9) 18 Dec(10)=due.
     * 3 Jun 2026 (Wed):  2(1) 1(2) 29 May(3) 28(4) 27(5)=cut-off, 26(6) [25 spring bank holiday, 24, 23]
     *                    22(7) 21(8) 20(9) 19 May(10)=due.
     * 9 Sep 2026 (Wed):  8(1) 7(2) 4(3) 3(4) 2(5)=cut-off, 1(6) [31 Aug summer bank holiday, 30, 29]
     *                    28(7) 27(8) 26(9) 25 Aug(10)=due.
     * 20 May 2026 (Wed): 19(1) 18(2) 15(3) 14(4) 13(5)=cut-off, 12(6) 11(7) 8(8) 7(9) 6 May(10)=due
     *                    (early May bank holiday, 4 May, is just outside).
     * 6 Apr 2026 (Easter Monday, a meeting on a holiday): 2 Apr(1) 1(2) 31 Mar(3) 30(4) 27 Mar(5)=cut-off,
     *                    26(6) 25(7) 24(8) 23(9) 20 Mar(10)=due.
     */
    @ParameterizedTest(name = "meeting {0}: due {1}, cut-off {2}")
    @CsvSource({
            "2026-04-15, 2026-03-30, 2026-04-08",
            "2026-01-07, 2025-12-19, 2025-12-30",
            "2027-01-06, 2026-12-18, 2026-12-29",
            "2026-06-03, 2026-05-19, 2026-05-27",
            "2026-09-09, 2026-08-25, 2026-09-02",
            "2026-05-20, 2026-05-06, 2026-05-13",
            "2026-04-06, 2026-03-20, 2026-03-27",
    })
    void defaultDueDateAndCutOffSkipBankHolidays(LocalDate meeting, LocalDate due, LocalDate cutOff) {
        ReturnSchedule schedule = scheduler.defaults(meeting);
        assertEquals(due, schedule.dueDate());
        assertEquals(cutOff, schedule.cutOffDate());
        assertInstanceOf(ScheduledDate.Computed.class, schedule.due());
        assertInstanceOf(ScheduledDate.Computed.class, schedule.cutOff());
    }

    @Test
    void theOfficeCanOverrideOneDateAndTheOtherStaysComputed() {
        ReturnSchedule schedule = scheduler.schedule(LocalDate.of(2026, 4, 15),
                new ReturnScheduler.Overrides(LocalDate.of(2026, 4, 2), null, "Easter: extra time agreed at STSB"));
        ScheduledDate.Overridden due = assertInstanceOf(ScheduledDate.Overridden.class, schedule.due());
        assertEquals(LocalDate.of(2026, 4, 2), due.date());
        assertEquals(LocalDate.of(2026, 3, 30), due.computed());
        assertEquals("Easter: extra time agreed at STSB", due.reason());
        assertTrue(due.overridden());
        assertFalse(schedule.cutOff().overridden());
        assertEquals(LocalDate.of(2026, 4, 8), schedule.cutOffDate());
    }

    @Test
    void overridesThatPutTheDueDateAfterTheCutOffAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(
                LocalDate.of(2026, 4, 15), new ReturnScheduler.Overrides(LocalDate.of(2026, 4, 9), null, "")));
        assertEquals("the due date 2026-04-09 is after the data cut-off 2026-04-08", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(
                LocalDate.of(2026, 4, 15), new ReturnScheduler.Overrides(null, LocalDate.of(2026, 4, 16), "")));
        assertEquals("the data cut-off 2026-04-16 is after the meeting 2026-04-15", e.getMessage());
    }

    @Test
    void otherSettingsMoveTheDefaults() {
        ReturnScheduler tight = new ReturnScheduler(new WorkingDays(new EnglandWalesHolidays2025To2027()),
                new ReturnScheduleSettings(3, 0));
        ReturnSchedule schedule = tight.defaults(LocalDate.of(2026, 4, 8));
        // 7(1) [6, 5, 4, 3] 2(2) 1(3)
        assertEquals(LocalDate.of(2026, 4, 1), schedule.dueDate());
        assertEquals(LocalDate.of(2026, 4, 8), schedule.cutOffDate());
    }

    @ParameterizedTest(name = "due {0}, cut-off {1} refused naming {2}")
    @CsvSource({
            "0, 0, returns.due-working-days-before must be between 1 and 60 working days; it is 0",
            "61, 5, returns.due-working-days-before must be between 1 and 60 working days; it is 61",
            "10, -1, returns.cut-off-working-days-before must be between 0 and 60 working days; it is -1",
            "5, 10, returns.cut-off-working-days-before (10) must not be more than returns.due-working-days-before (5): the cut-off cannot come before the due date",
    })
    void badSettingsAreRefusedNamingTheSetting(int due, int cutOff, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReturnScheduleSettings(due, cutOff));
        assertEquals(message, e.getMessage());
    }

    /** Meeting Friday 27 November 2026: returns due Friday 13 November (10 working days before). */
    @ParameterizedTest(name = "received {0}: {1} working days late")
    @CsvSource({
            "2026-11-12, 0",
            "2026-11-13, 0",
            "2026-11-14, 1",
            "2026-11-16, 1",
            "2026-11-17, 2",
            "2026-11-20, 5"})
    void workingDaysLateCountsWorkingDaysAfterTheDueDateAndAWeekendArrivalAsOne(LocalDate receivedOn, int late) {
        ReturnSchedule schedule = scheduler.defaults(LocalDate.of(2026, 11, 27));
        assertEquals(LocalDate.of(2026, 11, 13), schedule.dueDate());
        assertEquals(late, scheduler.workingDaysLate(schedule, receivedOn));
    }
}
