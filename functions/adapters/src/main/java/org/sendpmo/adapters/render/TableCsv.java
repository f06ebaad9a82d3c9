package org.sendpmo.adapters.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return print(rows(table, true), "\uFEFF");
    }

    /**
     * The table's body rows only, without a byte-order mark or header: the records a later page of a paginated table
     * adds to the CSV its first page began ({@link #of(Element)}).
     */
    static byte[] bodyRows(Element table) {
        return print(rows(table, false), "");
    }

    private static byte[] print(List<Element> rows, String start) {
        StringWriter out = new StringWriter().append(start);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (Element row : rows) {
                List<String> record = new ArrayList<>();
                for (Element cell : row.children()) {
                    if (cell.nameIs("th") || cell.nameIs("td")) {
                        record.add(CsvSafe.neutralise(cellText(cell)));
                    }
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The table's rows in document order: those of its head, bodies and foot, and any directly in the table. Walked
     * by hand rather than with a CSS selector, which is parsed afresh at each call: 10,000-row tables made that show.
     *
     * @param withHead whether the rows of its head are wanted
     */
    private static List<Element> rows(Element table, boolean withHead) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if ((withHead && child.nameIs("thead")) || child.nameIs("tbody") || child.nameIs("tfoot")) {
                child.children().stream().filter(row -> row.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    /** The column headings of a table as its CSV's header row reads them. */
    static List<String> header(Element table) {
        return table.select("> thead > tr > th").stream().map(TableCsv::cellText).toList();
    }

    static String cellText(Element cell) {
        if (cell.getElementsByClass("govuk-visually-hidden").isEmpty() && cell.getElementsByTag("li").isEmpty()) {
            return cell.text(); // most cells: no copy to take apart
        }
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
