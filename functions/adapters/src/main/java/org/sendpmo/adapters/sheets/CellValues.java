package org.sendpmo.adapters.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
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

    /**
     * The formatters, for the shapes {@link #quickDate} and {@link #quickMonth} leave to them. In a holder so
     * that a sheet whose values all have the common shapes never builds them.
     */
    private static final class Formats {
        // Chosen by the text's shape first, so that a common value does not throw its way through every format.
        static final List<DateTimeFormatter> ISO_DATE = List.of(strict("uuuu-M-d"));
        static final List<DateTimeFormatter> SLASH_DATE = List.of(strict("d/M/uuuu"));
        static final List<DateTimeFormatter> DOT_DATE = List.of(strict("d.M.uuuu"));
        static final List<DateTimeFormatter> NAMED_DATE = List.of(strict("d-MMM-uuuu"), strict("d MMM uuuu"),
                strict("d-MMMM-uuuu"), strict("d MMMM uuuu"), strict("d-MMM-uu"));
        static final List<DateTimeFormatter> NAMED_MONTH = List.of(
                strict("MMMM uuuu"), strict("MMM uuuu"), strict("MMM-uuuu"), strict("MMMM-uuuu"), strict("MMM-uu"), strict("MMM uu"));
        static final List<DateTimeFormatter> ISO_MONTH = List.of(strict("uuuu-M"));
        static final List<DateTimeFormatter> SLASH_MONTH = List.of(strict("M/uuuu"));
        static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
        static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

        private static DateTimeFormatter strict(String pattern) {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        }
    }

    /**
     * The month names the formatters' MMM and MMMM accept (English, as {@link Formats} parses), upper case,
     * indexed by month - 1; taken from the same locale data, not typed in, so the two cannot disagree.
     */
    private static final String[] SHORT_MONTHS = monthNames(TextStyle.SHORT);
    private static final String[] FULL_MONTHS = monthNames(TextStyle.FULL);

    private CellValues() {
    }

    private static String[] monthNames(TextStyle style) {
        String[] names = new String[12];
        for (Month m : Month.values()) {
            names[m.ordinal()] = m.getDisplayName(style, Locale.ENGLISH).toUpperCase(Locale.ROOT);
        }
        return names;
    }

    /** A day: 25/03/2025, 25-Mar-2025, 25 March 2025, 2025-03-25, or an Excel serial (45741). */
    public static Optional<LocalDate> date(String text) {
        String t = text.strip();
        // The XLSX reader gives date cells as ISO with a time of midnight when the cell held a date-time.
        if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        LocalDate quick = quickDate(t);
        if (quick != null) {
            return Optional.of(quick);
        }
        List<DateTimeFormatter> formats;
        if (isoShape(t)) {
            formats = Formats.ISO_DATE;
        } else if (t.indexOf('/') >= 0) {
            formats = Formats.SLASH_DATE;
        } else if (isNumber(t)) {
            return serial(t);
        } else if (t.indexOf('.') >= 0) {
            formats = Formats.DOT_DATE;
        } else {
            formats = Formats.NAMED_DATE;
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

    /**
     * The date in the shapes real sheets nearly always hold, read by hand: 2025-03-25, 25/03/2025,
     * 25-Mar-2025, 25 March 2025 and whole serials. Null for anything else, including impossible dates,
     * which {@link #date} then reads (or refuses) through the formatters exactly as before: this only
     * answers where they would give the same date.
     */
    private static LocalDate quickDate(String t) {
        int n = t.length();
        if (n == 0) {
            return null;
        }
        if (n >= 8 && n <= 10 && digits(t, 0, 4) && t.charAt(4) == '-') { // uuuu-M-d
            int second = t.indexOf('-', 5);
            return second < 0 ? null : validDate(number(t, 0, 4), shortNumber(t, 5, second), shortNumber(t, second + 1, n));
        }
        int first = 0;
        while (first < n && isDigit(t.charAt(first))) {
            first++;
        }
        if (first == n) { // a whole serial, as serial() reads it
            if (n > 9) {
                return null;
            }
            int serial = number(t, 0, n);
            return serial >= SERIAL_MIN && serial <= SERIAL_MAX ? EXCEL_EPOCH.plusDays(serial) : null;
        }
        if (first < 1 || first > 2 || n < first + 6) {
            return null;
        }
        int day = number(t, 0, first);
        char separator = t.charAt(first);
        if (!digits(t, n - 4, n) || t.charAt(n - 5) != separator) {
            return null;
        }
        int year = number(t, n - 4, n);
        if (separator == '/') { // d/M/uuuu
            return validDate(year, shortNumber(t, first + 1, n - 5), day);
        }
        if (separator == '-' || separator == ' ') { // d-MMM-uuuu, d MMM uuuu, d-MMMM-uuuu, d MMMM uuuu
            return validDate(year, monthNamed(t, first + 1, n - 5), day);
        }
        return null;
    }

    private static YearMonth quickMonth(String t) {
        int n = t.length();
        if (n == 6 || n == 7) {
            if (digits(t, 0, 4) && t.charAt(4) == '-') { // uuuu-M
                return validMonth(number(t, 0, 4), shortNumber(t, 5, n));
            }
            int slash = t.indexOf('/');
            if (slash > 0 && slash == n - 5 && digits(t, n - 4, n)) { // M/uuuu
                return validMonth(number(t, n - 4, n), shortNumber(t, 0, slash));
            }
        }
        if (n >= 8 && digits(t, n - 4, n) && (t.charAt(n - 5) == ' ' || t.charAt(n - 5) == '-')) { // MMMM uuuu and the like
            return validMonth(number(t, n - 4, n), monthNamed(t, 0, n - 5));
        }
        return null;
    }

    private static LocalDate validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static YearMonth validMonth(int year, int month) {
        return month < 1 || month > 12 ? null : YearMonth.of(year, month);
    }

    /** The month (1 to 12) an English short or full month name in {@code t[from, to)} names, any case; 0 if none. */
    private static int monthNamed(String t, int from, int to) {
        int length = to - from;
        if (length < 3) {
            return 0;
        }
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z')) {
                return 0; // only ASCII letters here; anything else goes to the formatters
            }
        }
        String[] names = length == 3 ? SHORT_MONTHS : FULL_MONTHS;
        for (int m = 0; m < 12; m++) {
            if (names[m].length() == length && t.regionMatches(true, from, names[m], 0, length)) {
                return m + 1;
            }
        }
        if (length != 3) {
            for (int m = 0; m < 12; m++) {
                if (SHORT_MONTHS[m].length() == length && t.regionMatches(true, from, SHORT_MONTHS[m], 0, length)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    /** A one- or two-digit number in {@code t[from, to)}, or -1. */
    private static int shortNumber(String t, int from, int to) {
        return to - from >= 1 && to - from <= 2 && digits(t, from, to) ? number(t, from, to) : -1;
    }

    private static boolean digits(String t, int from, int to) {
        if (from < 0 || to > t.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** {@code \d{4}-\d{1,2}-\d{1,2}}. */
    private static boolean isoShape(String t) {
        int n = t.length();
        if (n < 8 || n > 10 || !digits(t, 0, 4) || t.charAt(4) != '-') {
            return false;
        }
        int second = t.indexOf('-', 5);
        return second >= 6 && second <= 7 && digits(t, 5, second) && n - second - 1 >= 1 && n - second - 1 <= 2 && digits(t, second + 1, n);
    }

    /** {@code \d{4}-\d{1,2}}. */
    private static boolean isoMonthShape(String t) {
        int n = t.length();
        return (n == 6 || n == 7) && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, n);
    }

    /** {@code \d{1,2}/\d{4}}. */
    private static boolean slashMonthShape(String t) {
        int n = t.length();
        return (n == 6 || n == 7) && t.charAt(n - 5) == '/' && digits(t, 0, n - 5) && digits(t, n - 4, n);
    }

    /** {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}: what {@link BigDecimal} reads, less its oddities. */
    static boolean isNumber(String t) {
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int whole = i;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
        }
        boolean wholeDigits = i > whole;
        if (i < n && t.charAt(i) == '.') {
            i++;
            int fraction = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            if (!wholeDigits && i == fraction) {
                return false;
            }
        } else if (!wholeDigits) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    /** {@code \d{1,3}(,\d{3})+(\.\d+)?}: thousands separated by commas. */
    static boolean isGrouped(String t) {
        int n = t.length();
        int comma = t.indexOf(',');
        if (comma < 1 || comma > 3 || !digits(t, 0, comma)) {
            return false;
        }
        int i = comma;
        while (i < n && t.charAt(i) == ',') {
            if (!digits(t, i + 1, i + 4)) {
                return false;
            }
            i += 4;
        }
        if (i == n) {
            return true;
        }
        return t.charAt(i) == '.' && digits(t, i + 1, n);
    }

    /** Why a date that looks like one is impossible ("there is no 31 February 2025"), or empty. */
    public static Optional<String> impossibleDate(String text) {
        java.util.regex.Matcher m = Formats.DMY.matcher(text.strip());
        java.util.regex.Matcher iso = Formats.YMD.matcher(text.strip());
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
        YearMonth quick = quickMonth(t);
        if (quick != null) {
            return Optional.of(quick);
        }
        List<DateTimeFormatter> formats;
        if (isoMonthShape(t)) {
            formats = Formats.ISO_MONTH;
        } else if (slashMonthShape(t)) {
            formats = Formats.SLASH_MONTH;
        } else if (t.chars().anyMatch(Character::isLetter)) {
            formats = Formats.NAMED_MONTH;
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
        if (!text.isEmpty() && text.length() <= 9 && digits(text, 0, text.length())) {
            return Optional.of(number(text, 0, text.length())); // the common case, without BigDecimal
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
        if (isGrouped(t)) {
            t = t.replace(",", "");
        }
        if (!isNumber(t)) {
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
