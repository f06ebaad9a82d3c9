package org.sendpmo.adapters.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sendpmo.adapters.sheets.CsvSafe;

/**
 * One rendered HTML table as CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), the header row
 * from {@code <thead>}, then every body row, each cell's text as a reader sees it (text for screen readers
 * only is left out; a list's items are joined with "; "). Every cell is neutralised, so a value that
 * starts with = + - @ is shown, never run as a formula.
 */
final class TableCsv {

    private TableCsv() {
    }

    static byte[] of(Element table) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (Element row : table.select("> thead > tr, > tbody > tr, > tfoot > tr, > tr")) {
                csv.printRecord(row.select("> th, > td").stream().map(TableCsv::cellText).map(CsvSafe::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The column headings of a table as its CSV's header row reads them. */
    static List<String> header(Element table) {
        return table.select("> thead > tr > th").stream().map(TableCsv::cellText).toList();
    }

    static String cellText(Element cell) {
        Element copy = cell.clone();
        copy.select(".govuk-visually-hidden").remove();
        Elements items = copy.select("li");
        if (items.isEmpty()) {
            return copy.text();
        }
        String list = String.join("; ", items.eachText());
        copy.select("ul, ol").remove();
        return copy.text().isEmpty() ? list : copy.text() + " " + list;
    }
}
