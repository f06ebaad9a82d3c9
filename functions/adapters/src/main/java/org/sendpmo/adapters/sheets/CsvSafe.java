package org.sendpmo.adapters.sheets;

/**
 * Makes a text value safe to write into a CSV the product produces: a spreadsheet would run a cell
 * that starts with = + - @ (or a tab or carriage return before one) as a formula. Such values are
 * prefixed with an apostrophe, which Excel shows as text and does not display.
 */
public final class CsvSafe {

    private CsvSafe() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
