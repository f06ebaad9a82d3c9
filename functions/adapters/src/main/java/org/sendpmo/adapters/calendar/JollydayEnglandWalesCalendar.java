package org.sendpmo.adapters.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.sendpmo.cycle.HolidayCalendar;

/**
 * England and Wales bank holidays from Jollyday (de.focus-shift), not a hand-typed list.
 * <p>
 * Why Jollyday: it is maintained (data file {@code holidays/Holidays_gb.xml} updated for each
 * announced change, such as the 2022 and 2023 one-off days), pure Java 11 bytecode, resolves from
 * Maven Central here, and models the UK's nations as subdivisions with gov.uk as the cited source.
 * England is subdivision {@code "eng"} of {@code "gb"} (Wales, {@code "wls"}, has the same days);
 * Scotland ({@code "sct"}: 2 January, St Andrew's Day, early August) and Northern Ireland
 * ({@code "nir"}) are left out by asking for {@code "eng"} only. The alternative, gov.uk's
 * bank-holidays.json, needs a network call at run time and only covers a few years.
 * <p>
 * A bank holiday that falls at a weekend is moved to a weekday by the data ("substitute day").
 * Jollyday 1.x reports the day off as {@link Holiday#getDate()} (the observed date) and the calendar
 * date it commemorates as {@code getActualDate()}: Boxing Day 2026 has date 28 December, actual date
 * 26 December. The day off is what matters for working days, so this uses {@code getDate()}.
 */
@Singleton
public class JollydayEnglandWalesCalendar implements HolidayCalendar {

    static final String COUNTRY = "gb";
    static final String ENGLAND = "eng";

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(COUNTRY));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean isHoliday(LocalDate date) {
        // A substitute day could in principle land in the next year, so look at the neighbouring years too.
        int year = date.getYear();
        return holidays(year).contains(date) || holidays(year - 1).contains(date) || holidays(year + 1).contains(date);
    }

    /** The days off in a year, after moving weekend holidays to their substitute weekdays. */
    Set<LocalDate> holidays(int year) {
        return byYear.computeIfAbsent(year, y -> manager.getHolidays(Year.of(y), ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
