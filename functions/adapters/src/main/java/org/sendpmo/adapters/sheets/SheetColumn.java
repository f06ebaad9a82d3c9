package org.sendpmo.adapters.sheets;

import java.util.List;

/**
 * One column of a sheet kind. The template (header, drop-down list, notes) and the parser (header
 * matching, value checks, problem messages) are both generated from this, so they cannot drift apart.
 *
 * @param header      the header as the template writes it; matched ignoring case and surrounding spaces
 * @param kind        what the cells hold
 * @param required    whether every row must have a value (for a group column: every filled-in group)
 * @param maxLength   longest text accepted, in characters
 * @param choices     the closed set for {@link Kind#CHOICE} and {@link Kind#LIST} (also the drop-down), else empty
 * @param min         least whole number for {@link Kind#WHOLE_NUMBER}
 * @param max         greatest whole number for {@link Kind#WHOLE_NUMBER}
 * @param description what the column is, for the notes sheet
 * @param example     a value that would be accepted
 */
public record SheetColumn(String header, Kind kind, boolean required, int maxLength, List<String> choices,
                          int min, int max, String description, String example) {

    public enum Kind { TEXT, LIST, WHOLE_NUMBER, CHOICE, YES_NO, DATE, MONTH, AMOUNT, PERCENT, NUMBER, KPI_VALUE }

    public static final List<String> YES_NO_CHOICES = List.of("Yes", "No");

    public SheetColumn {
        choices = List.copyOf(choices);
    }

    public static SheetColumn text(String header, boolean required, int maxLength, String description, String example) {
        return new SheetColumn(header, Kind.TEXT, required, maxLength, List.of(), 0, 0, description, example);
    }

    public static SheetColumn list(String header, boolean required, List<String> choices, String description, String example) {
        return new SheetColumn(header, Kind.LIST, required, 1000, choices, 0, 0, description, example);
    }

    public static SheetColumn whole(String header, boolean required, int min, int max, String description) {
        return new SheetColumn(header, Kind.WHOLE_NUMBER, required, 20, List.of(), min, max, description, String.valueOf(max - 1));
    }

    public static SheetColumn choice(String header, boolean required, List<String> choices, String description) {
        return new SheetColumn(header, Kind.CHOICE, required, 200, choices, 0, 0, description, choices.get(0));
    }

    public static SheetColumn of(String header, Kind kind, boolean required, String description, String example) {
        List<String> choices = kind == Kind.YES_NO ? YES_NO_CHOICES : List.of();
        return new SheetColumn(header, kind, required, 100, choices, 0, 0, description, example);
    }

    /** Whether the template offers a drop-down list for the column. */
    public boolean hasDropDown() {
        return kind == Kind.CHOICE || kind == Kind.YES_NO || kind == Kind.WHOLE_NUMBER;
    }

    /** The drop-down's values: the choices, or every whole number in range. */
    public List<String> dropDown() {
        if (kind == Kind.WHOLE_NUMBER) {
            return java.util.stream.IntStream.rangeClosed(min, max).mapToObj(String::valueOf).toList();
        }
        return choices;
    }

    /** What would be accepted, used both in the notes sheet and in every problem with this column. */
    public String accepted() {
        return switch (kind) {
            case TEXT -> "text of up to " + maxLength + " characters";
            case LIST -> "one or more of " + String.join(", ", choices) + ", separated by semicolons";
            case WHOLE_NUMBER -> "a whole number from " + min + " to " + max;
            case CHOICE -> "one of " + String.join(", ", choices);
            case YES_NO -> "Yes or No";
            case DATE -> "a date such as 25/03/2025, 25-Mar-2025 or 2025-03-25";
            case MONTH -> "a month such as March 2025, Mar-2025, 03/2025 or 2025-03";
            case AMOUNT -> "an amount in pounds of zero or more, such as 1250000, £1,250,000, 1.25m or 250k";
            case PERCENT -> "a percentage from 0% to 100%, such as 45% or 0.45";
            case NUMBER -> "a number, such as 12, 3.5 or 45% (a percentage is read as a fraction: 45% is 0.45)";
            case KPI_VALUE -> "a number in the KPI's own unit, such as 310 or 42.5 (a percentage as 42.5, without the % sign)";
        };
    }

    /** The problem message for a value this column cannot accept: "Impact must be a whole number from 1 to 5; found 'High'". */
    public String mustBe(String found) {
        return header + " must be " + accepted() + "; found '" + found + "'";
    }
}
