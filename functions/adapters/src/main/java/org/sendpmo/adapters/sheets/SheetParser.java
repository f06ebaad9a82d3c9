package org.sendpmo.adapters.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded sheet of one kind: detects CSV or XLSX from the bytes, matches the header row to
 * the kind's columns by name (any order, any case, surrounding spaces ignored), checks every cell's
 * text, and hands each non-blank row to the kind's mapper. Blank rows (trailing or not) are skipped.
 */
public final class SheetParser {

    /** After this many problems the rest of the file is not read: the person has enough to fix. */
    public static final int MAX_PROBLEMS = 1000;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SheetParser() {
    }

    /** Turns one row into a value, recording problems on the row; returns null when it has any. */
    public interface RowMapper<T> {
        T map(SheetRow row);
    }

    /** Receives the rows of a file in order; row numbers are as Excel shows them. */
    interface RowSink {
        /** The worksheet being read, before its rows. */
        default void sheet(String name) {
        }

        void row(int number, List<String> cells);
    }

    /** Thrown inside a reader to stop reading early. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    public static <T> SheetResult<T> parse(byte[] bytes, SheetSchema schema, RowMapper<T> mapper) {
        Collector<T> collector = new Collector<>(schema, mapper);
        try {
            SheetFormat format = SheetFormat.detect(bytes);
            String sheet = format == SheetFormat.CSV ? schema.sheetName() : XlsxRows.read(bytes, schema.sheetName(), collector);
            if (format == SheetFormat.CSV) {
                readCsv(bytes, collector);
            }
            return collector.result(sheet);
        } catch (RejectedFile e) {
            return SheetResult.rejected(schema.sheetName(), e.getMessage());
        } catch (StopReading e) {
            return collector.result(collector.sheet);
        }
    }

    /** UTF-8 with or without a byte-order mark; otherwise Windows-1252, which is what Excel's plain "CSV" export writes. */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The String constructor is the JDK's fast path; it puts U+FFFD where bytes are not UTF-8, so
        // text without one was valid UTF-8 and is what the strict decoder below would have returned.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            if (offset == 3) {
                throw new RejectedFile("The file starts as UTF-8 text but has bytes that are not UTF-8. " + SheetFormat.SAVE_AS);
            }
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static void readCsv(byte[] bytes, RowSink sink) {
        String text = decode(bytes);
        try {
            CsvRows.read(text, sink);
        } catch (IOException | UncheckedIOException e) {
            throw new RejectedFile("The CSV file could not be read: " + e.getMessage()
                    + ". Check for a cell with an unclosed double quote, or save it again from Excel as CSV UTF-8.", e);
        }
    }

    private static final class Collector<T> implements RowSink {
        private final SheetSchema schema;
        private final RowMapper<T> mapper;
        private final List<SheetProblem> problems = new ArrayList<>();
        private final List<SheetResult.Row<T>> rows = new ArrayList<>();
        /** For each column of the file, the schema column it holds, or -1. */
        private int[] columnAt = new int[0];
        private final List<Integer> unnamed = new ArrayList<>();
        private final List<Integer> unnamedReported = new ArrayList<>();
        private String sheet;
        private boolean headerSeen;
        private int dataRows;

        Collector(SheetSchema schema, RowMapper<T> mapper) {
            this.schema = schema;
            this.mapper = mapper;
            this.sheet = schema.sheetName();
        }

        @Override
        public void sheet(String name) {
            this.sheet = name;
        }

        @Override
        public void row(int number, List<String> cells) {
            if (!headerSeen) {
                if (blank(cells)) {
                    return;
                }
                headerSeen = true;
                header(number, cells);
                if (!problems.isEmpty()) {
                    throw new StopReading();
                }
                return;
            }
            if (blank(cells)) {
                return;
            }
            dataRows++;
            int problemsBefore = problems.size();
            String[] values = new String[schema.columns().size()];
            boolean[] unusable = new boolean[values.length];
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i) == null ? "" : cells.get(i).strip();
                int at = i < columnAt.length ? columnAt[i] : -1;
                if (at < 0) {
                    if (!cell.isEmpty() && unnamed.contains(i) && !unnamedReported.contains(i)) {
                        unnamedReported.add(i);
                        problems.add(new SheetProblem(sheet, number, "column " + columnName(i), cell,
                                "Column " + columnName(i) + " has values but no header: give it one of the template's headers or delete it"));
                    }
                    continue;
                }
                SheetColumn column = schema.columns().get(at);
                values[at] = cell;
                if (cell.length() > column.maxLength()) {
                    unusable[at] = true;
                    String start = cell.substring(0, Math.min(40, column.maxLength())) + "…";
                    problems.add(new SheetProblem(sheet, number, column.header(), start,
                            column.header() + " must be " + column.maxLength() + " characters or fewer; found "
                                    + cell.length() + " characters starting '" + start + "'"));
                    continue;
                }
                String unsafe = CellValues.unsafeCharacter(cell).orElse(null);
                if (unsafe != null) {
                    unusable[at] = true;
                    problems.add(new SheetProblem(sheet, number, column.header(), visible(cell),
                            column.header() + " " + unsafe + "; found '" + visible(cell) + "'. Retype the text without it"));
                }
            }
            SheetRow row = new SheetRow(withSheet(), number, values, unusable, problems, problemsBefore);
            T value;
            try {
                value = mapper.map(row);
            } catch (IllegalArgumentException | NullPointerException e) {
                // a domain rule the column checks did not catch: still a problem on this row, not a failure
                problems.add(new SheetProblem(sheet, number, "", "", "This row could not be read: " + e.getMessage()));
                value = null;
            }
            if (value != null && !row.hasProblems()) {
                rows.add(new SheetResult.Row<>(number, value));
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(SheetProblem.file(sheet, "There are more than " + MAX_PROBLEMS
                        + " problems, so the rest of the file was not checked: fix these and upload it again"));
                throw new StopReading();
            }
        }

        private SheetSchema named;

        private SheetSchema withSheet() {
            if (named == null || !named.sheetName().equals(sheet)) {
                named = sheet.equals(schema.sheetName()) ? schema : new SheetSchema(sheet, schema.title(), schema.columns());
            }
            return named;
        }

        private void header(int number, List<String> cells) {
            Map<String, Integer> byKey = new HashMap<>();
            for (int i = 0; i < schema.columns().size(); i++) {
                byKey.put(SheetSchema.key(schema.columns().get(i).header()), i);
            }
            Map<Integer, Integer> firstAt = new HashMap<>();
            columnAt = new int[cells.size()];
            java.util.Arrays.fill(columnAt, -1);
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i) == null ? "" : cells.get(i);
                if (cell.isBlank()) {
                    unnamed.add(i);
                    continue;
                }
                Integer col = byKey.get(SheetSchema.key(cell));
                if (col == null && cells.size() == 1 && cell.indexOf(';') > 0) {
                    problems.add(new SheetProblem(sheet, number, "", cell.length() > 60 ? cell.substring(0, 60) + "…" : cell,
                            "The columns are separated by semicolons, not commas. In Excel choose File > Save As and pick"
                                    + " 'CSV UTF-8 (Comma delimited) (*.csv)', or upload the workbook as .xlsx"));
                    return;
                } else if (col == null) {
                    // shown as typed, but with control and bidi-override characters made visible
                    String shown = visible(cell.strip());
                    problems.add(new SheetProblem(sheet, number, shown, shown, "Unknown column '" + shown
                            + "' in column " + columnName(i) + ": the template's headers are listed on its Notes sheet."
                            + " Rename it to one of them (it may have been renamed) or delete the column"));
                } else if (firstAt.containsKey(col)) {
                    problems.add(new SheetProblem(sheet, number, schema.columns().get(col).header(), cell.strip(),
                            "Column '" + schema.columns().get(col).header() + "' appears twice, in columns "
                                    + columnName(firstAt.get(col)) + " and " + columnName(i) + ": delete one of them"));
                } else {
                    firstAt.put(col, i);
                    columnAt[i] = col;
                }
            }
            for (int c = 0; c < schema.columns().size(); c++) {
                if (!firstAt.containsKey(c)) {
                    String header = schema.columns().get(c).header();
                    problems.add(new SheetProblem(sheet, number, header, "", "Column '" + header
                            + "' is missing from the header row: add it (the template has it), even if you leave it blank"));
                }
            }
        }

        private static boolean blank(List<String> cells) {
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        SheetResult<T> result(String sheetName) {
            if (problems.isEmpty() && !headerSeen) {
                problems.add(SheetProblem.file(sheetName, "The sheet has no header row and no data: fill in the template and upload it again"));
            } else if (problems.isEmpty() && dataRows == 0) {
                problems.add(SheetProblem.file(sheetName, "The sheet has a header row but no data rows: add one row per "
                        + schema.title() + " and upload it again"));
            }
            // rows that read cleanly are kept even when others have problems, so that later checks
            // (known projects, duplicates) can report on them too: one report lists everything to fix
            return new SheetResult<>(sheetName, rows, problems);
        }
    }

    /** Spreadsheet column letters: 0 → A, 26 → AA. */
    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /** Control and formatting characters shown as U+XXXX so a problem report can display them. */
    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        String cut = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        for (char ch : cut.toCharArray()) {
            if (CellValues.unsafeCharacter(String.valueOf(ch)).isPresent()) {
                b.append(String.format("<U+%04X>", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
