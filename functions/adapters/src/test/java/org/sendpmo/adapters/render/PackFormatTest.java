package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.project.ImprovementArea;

class PackFormatTest {

    private final PackFormat fmt = new PackFormat();

    @Test
    void formatsDatesMonthsAndLondonTimes() {
        assertEquals("4 November 2026", fmt.date(LocalDate.of(2026, 11, 4)));
        assertEquals("November 2026", fmt.month(YearMonth.of(2026, 11)));
        assertEquals("24 November 2026 at 9:05am", fmt.dateTime(Instant.parse("2026-11-24T09:05:00Z")));
        // British Summer Time: 23:30 UTC on 30 June is 12:30am on 1 July in London
        assertEquals("1 July 2026 at 12:30am", fmt.dateTime(Instant.parse("2026-06-30T23:30:00Z")));
    }

    @Test
    void formatsPointsWeightsSlipAndAreas() {
        assertEquals("0.00", fmt.points(BigDecimal.ZERO));
        assertEquals("66.67", fmt.points(new BigDecimal("66.665")));
        assertEquals("2", fmt.weight(new BigDecimal("2.00")));
        assertEquals("1.5", fmt.weight(new BigDecimal("1.50")));
        assertEquals("10", fmt.weight(new BigDecimal("1E+1")));
        assertEquals("1 day late", fmt.slip(1));
        assertEquals("3 days early", fmt.slip(-3));
        assertEquals("On baseline", fmt.slip(0));
        assertEquals(java.util.List.of("C1: Parental confidence and needs met", "C9: Outcomes review systems"),
                fmt.areas(Set.of(ImprovementArea.C9, ImprovementArea.C1)));
    }

    @Test
    void formatsPoundsAndPercentComplete() {
        assertEquals("£1,250,000", fmt.pounds(new BigDecimal("1250000")));
        assertEquals("£1,250,000", fmt.pounds(new BigDecimal("1.25E+6")));
        assertEquals("£0", fmt.pounds(BigDecimal.ZERO));
        assertEquals("£1,250.50", fmt.pounds(new BigDecimal("1250.5")));
        assertEquals("£1,250.01", fmt.pounds(new BigDecimal("1250.005")));
        assertEquals("45%", fmt.percentOf100(new BigDecimal("45.00")));
        assertEquals("45.5%", fmt.percentOf100(new BigDecimal("45.5")));
        assertThrows(NullPointerException.class, () -> fmt.pounds(null));
    }

    @Test
    void rejectsMissingValues() {
        assertThrows(NullPointerException.class, () -> fmt.date(null));
        assertThrows(NullPointerException.class, () -> fmt.dateTime(null));
        assertThrows(NullPointerException.class, () -> fmt.points(null));
    }
}
