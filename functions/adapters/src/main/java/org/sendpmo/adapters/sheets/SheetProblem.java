package org.sendpmo.adapters.sheets;

/**
 * Something wrong with an uploaded sheet that a person can find and fix.
 *
 * @param sheet   the worksheet's name (for a CSV, the sheet name its template uses)
 * @param row     the spreadsheet row number as Excel shows it (1 is the header row); 0 for the whole file
 * @param column  the column's header, or "" for the whole file or row
 * @param value   the value found, as found ("" when empty)
 * @param message what is wrong and what would be accepted, in plain English
 */
public record SheetProblem(String sheet, int row, String column, String value, String message) {

    public SheetProblem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public static SheetProblem file(String sheet, String message) {
        return new SheetProblem(sheet, 0, "", "", message);
    }

    /** "Risk register, row 5, column 'Current impact': Impact must be …". */
    public String describe() {
        StringBuilder s = new StringBuilder(sheet);
        if (row > 0) {
            s.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            s.append(", column '").append(column).append('\'');
        }
        return s.append(": ").append(message).toString();
    }
}
