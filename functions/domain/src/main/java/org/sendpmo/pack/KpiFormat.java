package org.sendpmo.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendpmo.kpi.KpiUnit;

/** How KPI values and months are written in the KPI page's sentences, chart labels and tables. */
final class KpiFormat {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private KpiFormat() {
    }

    /** A value in its unit, to at most {@code decimals} places: "42.5%", "6.7 weeks", "1234". */
    static String value(BigDecimal value, KpiUnit unit, int decimals) {
        BigDecimal v = value.setScale(Math.max(value.scale(), 0), RoundingMode.HALF_UP);
        if (v.scale() > decimals) {
            v = v.setScale(decimals, RoundingMode.HALF_UP);
        }
        v = v.stripTrailingZeros();
        String plain = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        switch (unit) {
            case PERCENTAGE:
                return plain + "%";
            case AVERAGE_DURATION_WEEKS:
                return plain + " weeks";
            default:
                return plain;
        }
    }

    /** As recorded, to at most two places. */
    static String value(BigDecimal value, KpiUnit unit) {
        return value(value, unit, 2);
    }

    /** October 2026 */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** Oct 2026, for chart axes. */
    static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }
}
