package org.sendpmo.adapters.calendar;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendpmo.cycle.HolidayCalendar;

/** The adapter is the one HolidayCalendar bean, shared as a singleton. */
class HolidayCalendarBeanTest {

    @Test
    void theCalendarIsASingletonBean() {
        try (ApplicationContext context = ApplicationContext.run()) {
            HolidayCalendar calendar = context.getBean(HolidayCalendar.class);
            assertInstanceOf(JollydayEnglandWalesCalendar.class, calendar);
            assertSame(calendar, context.getBean(HolidayCalendar.class));
            assertTrue(calendar.isHoliday(LocalDate.of(2026, 12, 28)));
        }
    }
}
