package org.sendpmo.cycle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** Counts working days: Monday to Friday, less the bank holidays of the calendar it is given. */
public final class WorkingDays {

    /** No run of non-working days is this long; reaching it means the calendar is broken. */
    private static final int MAX_CONSECUTIVE_NON_WORKING = 31;

    private final HolidayCalendar holidays;

    public WorkingDays(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * The date {@code days} working days before {@code date}; the date itself is not counted, so
     * 1 working day before a Monday is the previous Friday (when that is not a holiday).
     * 0 returns the date unchanged, whether or not it is a working day.
     */
    public LocalDate minus(LocalDate date, int days) {
        return step(date, days, -1);
    }

    /** The date {@code days} working days after {@code date}; the date itself is not counted. */
    public LocalDate plus(LocalDate date, int days) {
        return step(date, days, 1);
    }

    /** Working days strictly after {@code from} up to and including {@code to} (0 when {@code to} is not after). */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate date, int days, int direction) {
        Objects.requireNonNull(date, "date");
        if (days < 0) {
            throw new IllegalArgumentException("working days must be 0 or more: " + days);
        }
        LocalDate d = date;
        int left = days;
        int skipped = 0;
        while (left > 0) {
            d = d.plusDays(direction);
            if (isWorkingDay(d)) {
                left--;
                skipped = 0;
            } else if (++skipped >= MAX_CONSECUTIVE_NON_WORKING) {
                throw new IllegalStateException("no working day in the " + MAX_CONSECUTIVE_NON_WORKING
                        + " days next to " + d + ": the holiday calendar is wrong");
            }
        }
        return d;
    }
}
