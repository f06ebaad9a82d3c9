package org.sendpmo.cycle;

import java.time.LocalDate;

/**
 * The bank holidays that are not working days for the programme office (England and Wales).
 * Weekends are not the calendar's business: {@link WorkingDays} skips them itself.
 */
public interface HolidayCalendar {

    /** True when the date is a bank holiday, including a substitute day for one that fell at a weekend. */
    boolean isHoliday(LocalDate date);
}
