package org.sendpmo.adapters.sheets;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into records as Commons CSV ({@code CSVFormat.DEFAULT} keeping empty lines) does.
 *
 * <p>Files as Excel and other tools write them (cells separated by commas; a cell with a comma, quote or
 * line break in double quotes, its quotes doubled; records ended by CRLF, LF or CR) are split here in one
 * pass over the text, which is several times cheaper than Commons CSV's reader chain, most of all in a
 * fresh JVM. At the first record this does not handle exactly (a quote inside an unquoted cell, anything
 * but a comma or line end after a closing quote, an unclosed quote), the whole text goes to Commons CSV,
 * which passes over the records already sent and reads on: every file is split as Commons CSV splits it,
 * and its errors (with their line numbers) are its own. {@code SheetCsvSplitTest} compares the two on
 * generated text.
 */
final class CsvRows {

    private CsvRows() {
    }

    /** Sends every record to the sink, numbered from 1; says whether the text was split here, without Commons CSV. */
    static boolean read(String text, SheetParser.RowSink sink) throws IOException {
        Splitter splitter = new Splitter(text);
        int n = text.length();
        int pos = 0;
        int number = 0;
        int width = 16;
        while (pos < n) {
            List<String> cells = new ArrayList<>(width);
            int end = splitter.record(pos, cells);
            if (end < 0) {
                commonsCsv(text, number, sink);
                return false;
            }
            pos = end;
            width = cells.size();
            sink.row(++number, cells);
        }
        return true;
    }

    /**
     * Finds cell and record ends with {@link String#indexOf(int, int)}, which the JDK has compiled (or
     * intrinsified) long before this code is, remembering where the next comma, CR, LF and quote are.
     */
    private static final class Splitter {
        private final String text;
        private final int n;
        private int comma = -1;
        private int cr = -1;
        private int lf = -1;
        private int quote = -1;

        Splitter(String text) {
            this.text = text;
            this.n = text.length();
        }

        /** The first {@code ch} at or after {@code pos}, or the text's length; {@code known} is the last answer. */
        private int next(char ch, int known, int pos) {
            if (known >= pos) {
                return known;
            }
            int at = text.indexOf(ch, pos);
            return at < 0 ? n : at;
        }

        /**
         * Reads the record starting at {@code pos} (which is before the end of the text) into {@code cells};
         * returns where the next record starts, or -1 when the record is not one this reader handles.
         */
        int record(int pos, List<String> cells) {
            while (true) {
                quote = next('"', quote, pos);
                comma = next(',', comma, pos);
                cr = next('\r', cr, pos);
                lf = next('\n', lf, pos);
                if (pos < n && quote == pos) {
                    StringBuilder doubled = null;
                    int from = pos + 1;
                    while (true) {
                        int close = text.indexOf('"', from);
                        if (close < 0) {
                            return -1; // unclosed: Commons CSV says where
                        }
                        if (close + 1 < n && text.charAt(close + 1) == '"') {
                            if (doubled == null) {
                                doubled = new StringBuilder(close + 16 - pos);
                            }
                            doubled.append(text, from, close + 1);
                            from = close + 2;
                            continue;
                        }
                        cells.add(doubled == null ? text.substring(from, close) : doubled.append(text, from, close).toString());
                        pos = close + 1;
                        break;
                    }
                    if (pos < n) {
                        char c = text.charAt(pos);
                        if (c != ',' && c != '\r' && c != '\n') {
                            return -1; // text after the closing quote
                        }
                    }
                } else {
                    int end = Math.min(comma, Math.min(cr, lf));
                    if (quote < end) {
                        return -1; // a quote inside an unquoted cell
                    }
                    cells.add(text.substring(pos, end));
                    pos = end;
                }
                if (pos == n) {
                    return n;
                }
                char c = text.charAt(pos);
                if (c == ',') {
                    pos++;
                    continue; // a comma at the very end leaves an empty last cell, as in Commons CSV
                }
                return c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
            }
        }
    }

    /** Reads the whole text with Commons CSV, sending the records after the first {@code sent}. */
    static void commonsCsv(String text, int sent, SheetParser.RowSink sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > sent) {
                    sink.row((int) record.getRecordNumber(), record.toList());
                }
            }
        }
    }
}
