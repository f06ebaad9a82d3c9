package org.sendpmo.uploads;

/**
 * One thing wrong with an uploaded file, precise enough to fix: where (sheet, row as Excel numbers it,
 * column header), the value found, and what is wrong and what would be accepted. Row 0 and an empty
 * column mean the whole file.
 */
public record UploadProblem(String sheet, int row, String column, String value, String message) {

    public UploadProblem {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    public static UploadProblem file(String message) {
        return new UploadProblem("", 0, "", "", message);
    }

    public boolean wholeFile() {
        return row == 0 && column.isEmpty();
    }
}
