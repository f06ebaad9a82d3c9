package org.sendpmo.adapters.sheets;

/**
 * Makes a text value safe to write into a CSV the product produces: a spreadsheet would run a cell
 * that starts with = + - @ (or a tab or carriage return before one) as a formula. Such values are
 * prefixed with an apostrophe, which Excel shows as text and does not display. A plain signed number
 * ("-12", "+3.5", "-4%") is left alone: it cannot run anything, and an apostrophe would turn it into text.
 */
public final class CsvSafe {

    private CsvSafe() {
    }

    private static final java.util.regex.Pattern SIGNED_NUMBER = java.util.regex.Pattern.compile("[+-]\\d+(\\.\\d+)?%?");

    public static String neutralise(String value) {
        if (value == null || value.isEmpty() || SIGNED_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
