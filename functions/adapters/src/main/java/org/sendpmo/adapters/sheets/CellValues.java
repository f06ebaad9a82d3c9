package org.sendpmo.adapters.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values real spreadsheets contain. Each method returns empty when the text is not
 * acceptable; the caller words the problem from the column ({@link SheetColumn#mustBe}).
 */
public final class CellValues {

    /** Excel's day 0 is 30 December 1899 (the 1900 leap-year bug makes serials from 61 on line up with this). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials accepted as dates: 1950-01-01 to 2099-12-31, so that a year such as 2025 is never read as a date. */
    private static final int SERIAL_MIN = 18264;
    private static final int SERIAL_MAX = 73050;
    // Chosen by the text's shape first, so that a common value does not throw its way through every format.
    private static final List<DateTimeFormatter> ISO_DATE = List.of(strict("uuuu-M-d"));
    private static final List<DateTimeFormatter> SLASH_DATE = List.of(strict("d/M/uuuu"));
    private static final List<DateTimeFormatter> DOT_DATE = List.of(strict("d.M.uuuu"));
    private static final List<DateTimeFormatter> NAMED_DATE = List.of(strict("d-MMM-uuuu"), strict("d MMM uuuu"),
            strict("d-MMMM-uuuu"), strict("d MMMM uuuu"), strict("d-MMM-uu"));
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final List<DateTimeFormatter> NAMED_MONTH = List.of(
            strict("MMMM uuuu"), strict("MMM uuuu"), strict("MMM-uuuu"), strict("MMMM-uuuu"), strict("MMM-uu"), strict("MMM uu"));
    private static final List<DateTimeFormatter> ISO_MONTH = List.of(strict("uuuu-M"));
    private static final List<DateTimeFormatter> SLASH_MONTH = List.of(strict("M/uuuu"));
    private static final Pattern ISO_MONTH_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}");
    private static final Pattern SLASH_MONTH_SHAPE = Pattern.compile("\\d{1,2}/\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private CellValues() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A day: 25/03/2025, 25-Mar-2025, 25 March 2025, 2025-03-25, or an Excel serial (45741). */
    public static Optional<LocalDate> date(String text) {
        String t = text.strip();
        // The XLSX reader gives date cells as ISO with a time of midnight when the cell held a date-time.
        if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        List<DateTimeFormatter> formats;
        if (ISO_SHAPE.matcher(t).matches()) {
            formats = ISO_DATE;
        } else if (t.indexOf('/') >= 0) {
            formats = SLASH_DATE;
        } else if (NUMBER.matcher(t).matches()) {
            return serial(t);
        } else if (t.indexOf('.') >= 0) {
            formats = DOT_DATE;
        } else {
            formats = NAMED_DATE;
        }
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return serial(t);
    }

    /** Why a date that looks like one is impossible ("there is no 31 February 2025"), or empty. */
    public static Optional<String> impossibleDate(String text) {
        java.util.regex.Matcher m = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})").matcher(text.strip());
        java.util.regex.Matcher iso = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})").matcher(text.strip());
        int d;
        int mo;
        int y;
        if (m.matches()) {
            d = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        } else if (iso.matches()) {
            y = Integer.parseInt(iso.group(1));
            mo = Integer.parseInt(iso.group(2));
            d = Integer.parseInt(iso.group(3));
        } else {
            return Optional.empty();
        }
        if (mo < 1 || mo > 12) {
            return Optional.of("there is no month " + mo);
        }
        YearMonth ym = YearMonth.of(y, mo);
        if (d < 1 || d > ym.lengthOfMonth()) {
            return Optional.of("there is no " + d + " " + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + y);
        }
        return Optional.empty();
    }

    /** A month: March 2025, Mar-2025, Mar-25, 03/2025, 2025-03, or any accepted date (its month). */
    public static Optional<YearMonth> month(String text) {
        String t = text.strip();
        List<DateTimeFormatter> formats;
        if (ISO_MONTH_SHAPE.matcher(t).matches()) {
            formats = ISO_MONTH;
        } else if (SLASH_MONTH_SHAPE.matcher(t).matches()) {
            formats = SLASH_MONTH;
        } else if (t.chars().anyMatch(Character::isLetter)) {
            formats = NAMED_MONTH;
        } else {
            formats = List.of();
        }
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(YearMonth.parse(t, f));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return date(t).map(YearMonth::from);
    }

    private static Optional<LocalDate> serial(String t) {
        Optional<BigDecimal> n = number(t);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal v = n.get();
        if (v.compareTo(BigDecimal.valueOf(SERIAL_MIN)) < 0 || v.compareTo(BigDecimal.valueOf(SERIAL_MAX + 1)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(EXCEL_EPOCH.plusDays(v.longValue()));
    }

    /** A whole number; "3.0" (how a spreadsheet may store 3) counts as 3. */
    public static Optional<Integer> whole(String text) {
        if (!text.isEmpty() && text.length() <= 9 && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.of(Integer.parseInt(text)); // the common case, without a regular expression
        }
        Optional<BigDecimal> n = number(text);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(n.get().stripTrailingZeros().intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A plain number: 12, -3.5, 1,250, 1.5E3. */
    public static Optional<BigDecimal> number(String text) {
        String t = text.strip();
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A number, or a percentage as a fraction: 45% is 0.45. */
    public static Optional<BigDecimal> numberOrPercent(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            return number(t.substring(0, t.length() - 1)).map(n -> n.movePointLeft(2));
        }
        return number(t);
    }

    /** A percentage as a fraction from 0 to 1: "45%" and "0.45" are both 0.45; a bare number above 1 is ambiguous. */
    public static Optional<BigDecimal> percent(String text) {
        String t = text.strip();
        Optional<BigDecimal> v = t.endsWith("%") ? number(t.substring(0, t.length() - 1)).map(n -> n.movePointLeft(2)) : number(t);
        return v.filter(n -> n.signum() >= 0 && n.compareTo(BigDecimal.ONE) <= 0);
    }

    /** Pounds of zero or more: 1250000, £1,250,000, £1.25m, 1.25M, 250k, 1,250,000.50. */
    public static Optional<BigDecimal> amount(String text) {
        String t = text.strip().replace(" ", "");
        if (t.startsWith("£")) {
            t = t.substring(1);
        }
        BigDecimal scale = BigDecimal.ONE;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("bn")) {
            scale = BigDecimal.valueOf(1_000_000_000L);
            t = t.substring(0, t.length() - 2);
        } else if (lower.endsWith("m")) {
            scale = BigDecimal.valueOf(1_000_000L);
            t = t.substring(0, t.length() - 1);
        } else if (lower.endsWith("k")) {
            scale = BigDecimal.valueOf(1_000L);
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("£")) {
            t = t.substring(1);
        }
        BigDecimal multiplier = scale;
        return number(t).map(n -> n.multiply(multiplier).stripTrailingZeros())
                .map(n -> n.scale() < 0 ? n.setScale(0) : n)
                .filter(n -> n.signum() >= 0);
    }

    public static Optional<Boolean> yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Optional.of(true);
            case "no", "n", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The choice matching the text ignoring case and spaces, or empty. */
    public static Optional<String> choice(String text, List<String> choices) {
        String t = text.strip();
        for (String c : choices) {
            if (c.equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        String key = SheetSchema.key(text);
        for (String c : choices) {
            if (SheetSchema.key(c).equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * What is unsafe in a text value, or empty: control characters (other than tab, line feed and
     * carriage return, which are whitespace in a cell) and the bidirectional embedding, override and
     * isolate characters that can make text display differently from what it holds.
     */
    public static Optional<String> unsafeCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F)) {
                return Optional.of(String.format("contains the control character U+%04X at position %d", (int) ch, i + 1));
            }
            if ((ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069)) {
                return Optional.of(String.format("contains the bidirectional formatting character U+%04X at position %d,"
                        + " which can make text display differently from what it holds", (int) ch, i + 1));
            }
        }
        return Optional.empty();
    }
}
