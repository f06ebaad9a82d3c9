package org.sendpmo.cycle;

import java.time.LocalDate;
import java.util.Set;

/**
 * A fixed calendar for domain tests only: England and Wales bank holidays 2025–2027 as published on
 * gov.uk. The product uses the Jollyday adapter (functions/adapters), whose test checks the same dates.
 */
public final class EnglandWalesHolidays2025To2027 implements HolidayCalendar {

    static final Set<LocalDate> DATES = Set.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));

    @Override
    public boolean isHoliday(LocalDate date) {
        return DATES.contains(date);
    }
}
