package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link CellValues} reads the common shapes of dates, months and numbers by hand. This checks, on
 * generated and mutated values (seeded), that it answers exactly as the formatter and regular-expression
 * reading it replaced ({@link Reference}, kept here as it was) does.
 */
class SheetValuesFastPathTest {

    private static final String[] DATE_FORMATS = {"d/M/uuuu", "dd/MM/uuuu", "uuuu-MM-dd", "uuuu-M-d", "d-MMM-uuuu", "dd MMMM uuuu",
        "d-MMMM-uuuu", "dd-MMM-uu", "d.M.uuuu", "d MMM uuuu", "MMMM uuuu", "MMM-uu", "uuuu-MM", "M/uuuu", "MM/uuuu", "MMM uuuu",
        "MMMM-uuuu", "uuuu-MM-dd'T'HH:mm"};
    private static final String MUTATIONS = "0123456789/-. ,+eE%TaApPrRyYjJnNuUlLsStTmMıİ";

    @Test
    void datesAndMonthsAreReadAsTheFormattersReadThem() {
        Random random = new Random(20251124);
        List<String> values = new ArrayList<>();
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String f : DATE_FORMATS) {
            formats.add(DateTimeFormatter.ofPattern(f, Locale.ENGLISH));
        }
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            for (DateTimeFormatter f : formats) {
                values.add(cased(d.atStartOfDay().format(f), random));
            }
            values.add(String.valueOf(d.toEpochDay() + 25569)); // the Excel serial
        }
        for (int i = 0; i < 5_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 700_000);
            values.add(cased(d.atStartOfDay().format(formats.get(random.nextInt(formats.size()))), random));
        }
        for (int y : new int[] {1900, 1999, 2000, 2024, 2025, 2100}) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    values.add(d + "/" + m + "/" + y);
                    values.add(String.format("%04d-%02d-%02d", y, m, d));
                    values.add(String.format("%d-%d-%d", y, m, d));
                    String name = m >= 1 && m <= 12 ? YearMonth.of(y, m).getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) : "Smarch";
                    values.add(d + "-" + name + "-" + y);
                    values.add(m + "/" + y);
                }
            }
        }
        values.addAll(List.of("", " ", "Sept 2025", "1 Sept 2025", "01-Sept-2025", "March  2025", "March 02025", "0025/03/2025",
                "25/03/25", "2025-3", "2025-003", "+2025-03-01", "45741.5", "45,741", "1E4", "2025-03-01T10:00", "2025-03-01 ",
                "25 Mar 2025", "25-mar-2025", "25 MAR 2025", "25 Mar-2025", "25-Mar 2025", "Mar 2025", "mAY-2025", "May 25"));
        List<String> mutated = new ArrayList<>();
        for (String v : values) {
            if (random.nextInt(4) == 0) {
                mutated.add(mutate(v, random));
            }
        }
        values.addAll(mutated);
        for (String v : values) {
            assertEquals(Reference.date(v), CellValues.date(v), () -> "date of '" + v + "'");
            assertEquals(Reference.month(v), CellValues.month(v), () -> "month of '" + v + "'");
        }
    }

    @Test
    void numbersAreReadAsTheRegularExpressionsReadThem() {
        Random random = new Random(11);
        List<String> values = new ArrayList<>(List.of("1250000", "£1,250,000", "1,250,000.50", "1.5E3", "-3.5", "+.5", "5.", ".", "e5",
                "1e", "1e+", "1,25,000", "12,345,678", "1,234.", "1,234.5", ",123", "1,2345", "0.45", "45%", "1.25m"));
        String alphabet = "0123456789.,+-eE %";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(s.toString());
            values.add(mutate(values.get(random.nextInt(20)), random));
        }
        for (String v : values) {
            assertEquals(Reference.NUMBER.matcher(v).matches(), CellValues.isNumber(v), () -> "number shape of '" + v + "'");
            assertEquals(Reference.GROUPED.matcher(v).matches(), CellValues.isGrouped(v), () -> "grouped shape of '" + v + "'");
            assertEquals(Reference.number(v), CellValues.number(v), () -> "number '" + v + "'");
        }
    }

    @Test
    void listsSplitAsTheRegularExpressionSplitThem() {
        SheetColumn column = SheetColumn.list("Linked projects", false, List.of(), "", "");
        SheetSchema schema = new SheetSchema("Sheet", "row", List.of(column));
        Random random = new Random(3);
        String alphabet = "P01;, \n\t";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = s.toString().strip();
            List<String> expected = new ArrayList<>();
            if (!v.isEmpty()) {
                for (String part : v.split("[;,\\n]")) {
                    if (!part.strip().isEmpty()) {
                        expected.add(part.strip());
                    }
                }
            }
            SheetRow row = new SheetRow(schema, 2, new String[] {v}, new boolean[1], new ArrayList<>(), 0);
            assertEquals(expected, row.list(column), () -> "items of '" + v + "'");
        }
    }

    private static String cased(String s, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> s.toUpperCase(Locale.ROOT);
            case 1 -> s.toLowerCase(Locale.ROOT);
            default -> s;
        };
    }

    private static String mutate(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            char ch = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
            switch (b.length() == 0 ? 0 : random.nextInt(3)) {
                case 0 -> b.insert(at, ch);
                case 1 -> b.deleteCharAt(at);
                default -> b.setCharAt(at, ch);
            }
        }
        return b.toString();
    }

    /** CellValues' dates, months and numbers as they were read before the hand-written fast paths. */
    private static final class Reference {
        private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
        private static final int SERIAL_MIN = 18264;
        private static final int SERIAL_MAX = 73050;
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
        static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

        private static DateTimeFormatter strict(String pattern) {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        }

        static Optional<LocalDate> date(String text) {
            String t = text.strip();
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

        static Optional<YearMonth> month(String text) {
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

        static Optional<BigDecimal> number(String text) {
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
    }
}
