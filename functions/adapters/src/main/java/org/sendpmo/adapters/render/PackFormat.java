package org.sendpmo.adapters.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.scoring.Direction;

/**
 * The formats every template uses, exposed to templates as {@code fmt}. Each method rejects null, so
 * a missing value fails the render instead of printing a blank.
 */
public final class PackFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** 24 November 2026 */
    public String date(LocalDate date) {
        return DATE.format(Objects.requireNonNull(date, "date"));
    }

    /** November 2026 */
    public String month(YearMonth month) {
        return MONTH.format(Objects.requireNonNull(month, "month"));
    }

    /** 24 November 2026 at 3:16pm, in Europe/London time (GMT or BST as in force). */
    public String dateTime(Instant instant) {
        var local = Objects.requireNonNull(instant, "instant").atZone(ProgrammeTime.ZONE);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** Points and scores: always two decimals, half up ("0.00"). */
    public String points(BigDecimal value) {
        return Objects.requireNonNull(value, "points").setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Weights as configured: 2, 1.5 (no trailing zeros, no exponent). */
    public String weight(BigDecimal weight) {
        BigDecimal w = Objects.requireNonNull(weight, "weight").stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    }

    /** A measured value as recorded: 12.5, 40 (no trailing zeros, no exponent, no grouping). */
    public String number(BigDecimal value) {
        BigDecimal v = Objects.requireNonNull(value, "number").stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** A count of things, grouped in thousands: 7, 10,000. */
    public String count(long count) {
        return String.format(Locale.UK, "%,d", count);
    }

    /** "1 day", "47 days". */
    public String days(long days) {
        return days + (Math.abs(days) == 1 ? " day" : " days");
    }

    public String direction(Direction direction) {
        return Objects.requireNonNull(direction, "direction") == Direction.BENEFIT ? "Benefit" : "Cost";
    }

    /** Improvement areas in code order, as "C1: Parental confidence and needs met". */
    public List<String> areas(Collection<ImprovementArea> areas) {
        return Objects.requireNonNull(areas, "areas").stream().sorted()
                .map(a -> a.code() + ": " + a.shortName()).toList();
    }

    /** A milestone's slip in days: "12 days late", "On baseline", "3 days early". */
    public String slip(long days) {
        if (days == 0) {
            return "On baseline";
        }
        long n = Math.abs(days);
        return n + (n == 1 ? " day " : " days ") + (days > 0 ? "late" : "early");
    }

    /** Pounds: "£1,250,000", with pence only when there are any ("£1,250.50"). */
    public String pounds(BigDecimal amount) {
        BigDecimal a = Objects.requireNonNull(amount, "amount");
        boolean whole = a.stripTrailingZeros().scale() <= 0;
        java.text.DecimalFormat f = new java.text.DecimalFormat(whole ? "#,##0" : "#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return "£" + f.format(a);
    }

    /** A percentage held as 0 to 100: "45%", "45.5%". */
    public String percentOf100(BigDecimal percent) {
        return weight(Objects.requireNonNull(percent, "percent")) + "%";
    }

    /** "83%": a probability 0..1 as a whole percentage. */
    public String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }

    /** A tipping point in words, for a project near the top-N line. */
    public String tipping(org.sendpmo.scoring.stability.TippingPoint point, int topN) {
        if (point instanceof org.sendpmo.scoring.stability.TippingPoint.WeightChange w) {
            String direction = w.intoTopN() ? "into" : "out of";
            return (w.raise() ? "Raising" : "Lowering") + " the weight of " + w.criterion().id() + " (" + w.criterion().title()
                    + ") from " + weight(w.fromWeight()) + " to " + w.toWeight().stripTrailingZeros().toPlainString()
                    + " (" + w.changePercent().toPlainString() + "%) moves the project " + direction + " the top " + topN
                    + (w.strictlyBeyond() ? ", for any weight beyond that" : "") + ".";
        }
        if (point instanceof org.sendpmo.scoring.stability.TippingPoint.NoSingleWeight) {
            return "No change to a single weight moves the project across the top-" + topN + " line.";
        }
        return "Not near the top-" + topN + " line: no tipping point is worked out.";
    }
}
