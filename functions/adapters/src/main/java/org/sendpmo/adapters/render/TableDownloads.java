package org.sendpmo.adapters.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * A post-render step: every table of every rendered pack page becomes downloadable as CSV. Each table is
 * written beside its page as {@code <page>-<table id>.csv} (or {@code <page>-<n>.csv}, n counting the page's
 * tables from 1, when the table has no id), and a link to it, naming the table by its caption, is put right
 * after the table. Links are relative, so they work opened from disk; the CSV files are part of the site, so
 * the link checker sees them. The links are not printed.
 *
 * <p>A table paginated over continuation pages ({@link LongTable}) has one CSV holding every row: its board page's
 * link says so, and each continuation page links to the same file ({@link #continuation}) and adds its rows to it.
 */
final class TableDownloads {

    static final String LINK_TEXT = "Download this table as CSV";
    static final String ALL_ROWS_TEXT = "Download all %,d rows as CSV";

    private TableDownloads() {
    }

    /** @return the files with each page's tables linked and their CSV files added */
    static Map<String, byte[]> addTo(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>(files);
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                out.putAll(pageFiles(path, bytes, out::containsKey));
            }
        });
        return out;
    }

    /**
     * One page as {@link #addTo(Map)} treats it: its tables' CSV files, then the page (with a link after each table,
     * or as it is when it has none). Only the tables are parsed, each on its own, and each link is spliced in after
     * its table's end tag; the rest of the page is copied as rendered (parsing and re-serialising whole pages took a
     * quarter of a 10,000-project build).
     *
     * @param taken paths the site already holds, which a CSV file must not take
     */
    static Map<String, byte[]> pageFiles(String path, byte[] html, Predicate<String> taken) {
        return pageFiles(path, html, taken, Map.of());
    }

    /**
     * @param allRows by table id, the rows in all pages of each paginated table on the page: its link names the CSV
     *                as holding them all (the caller adds the later pages' rows to it)
     */
    static Map<String, byte[]> pageFiles(String path, byte[] html, Predicate<String> taken, Map<String, Integer> allRows) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Predicate<String> used = taken.or(out::containsKey);
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder linked = new StringBuilder(page.length() + 1024);
        int copied = 0;
        int n = 0;
        for (int from = TableSpans.next(page, 0); from >= 0; from = TableSpans.next(page, copied)) {
            int to = TableSpans.end(page, from, path);
            Document parsed = Jsoup.parseBodyFragment(page.substring(from, to));
            parsed.outputSettings().prettyPrint(false);
            Elements tables = parsed.body().select("table");
            String outerLink = null;
            for (Element table : tables) {
                n++;
                String csv = csvPath(path, table, n, used);
                out.put(csv, TableCsv.of(table));
                String link = link(csv.substring(csv.lastIndexOf('/') + 1), linkText(table, n, allRows.get(table.id())));
                if (table == tables.first()) {
                    outerLink = link;
                } else {
                    table.after(link); // a table inside a table: its link goes inside too
                }
            }
            linked.append(page, copied, from).append(tables.size() == 1 ? page.substring(from, to) : tables.first().outerHtml())
                    .append(outerLink);
            copied = to;
        }
        out.put(path, copied == 0 ? html : linked.append(page, copied, page.length()).toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /**
     * A continuation page of a paginated table: the page with a link after its one table to the CSV its board page's
     * table has ({@code csvHref}, relative to this page), and the CSV records of its rows, to add to that file.
     */
    static Continuation continuation(String path, byte[] html, String csvHref, int allRows) {
        String page = new String(html, StandardCharsets.UTF_8);
        int from = TableSpans.next(page, 0);
        if (from < 0) {
            throw new IllegalStateException(path + ": a continuation page without its table");
        }
        int to = TableSpans.end(page, from, path);
        if (TableSpans.next(page, to) >= 0) {
            throw new IllegalStateException(path + ": a continuation page shows one table, this one more");
        }
        Element table = Jsoup.parseBodyFragment(page.substring(from, to)).body().selectFirst("table");
        String linked = page.substring(0, to) + link(csvHref, linkText(table, 1, allRows)) + page.substring(to);
        return new Continuation(linked.getBytes(StandardCharsets.UTF_8), TableCsv.bodyRows(table));
    }

    /** A continuation page as linked, and its rows as CSV records (no byte-order mark, no header). */
    record Continuation(byte[] page, byte[] csvRows) {
    }

    /** "risks-outside-appetite-table.csv", beside the page; never a path the site already holds. */
    private static String csvPath(String pagePath, Element table, int n, Predicate<String> taken) {
        String id = table.id().replaceAll("[^A-Za-z0-9_-]", "-");
        String path = csvPath(pagePath, id.isEmpty() ? String.valueOf(n) : id);
        for (int k = 2; taken.test(path); k++) {
            path = csvPath(pagePath, (id.isEmpty() ? n : id) + "-" + k);
        }
        return path;
    }

    /** The CSV of the table with this (safe) id on the page, when no other file has taken the path. */
    static String csvPath(String pagePath, String tableId) {
        return pagePath.substring(0, pagePath.length() - ".html".length()) + "-" + tableId + ".csv";
    }

    /**
     * "Download this table as CSV: " and the table's caption, or "table n" when it has none; for a paginated table,
     * "Download all 10,000 rows as CSV: ", as its one CSV holds the rows of every page.
     *
     * @param allRows null when the table is not paginated
     */
    private static String linkText(Element table, int n, Integer allRows) {
        Element caption = table.selectFirst("> caption");
        String name = caption == null || caption.text().isBlank() ? "table " + n : caption.text();
        return (allRows == null ? LINK_TEXT : String.format(Locale.UK, ALL_ROWS_TEXT, allRows)) + ": " + name;
    }

    private static String link(String href, String text) {
        return "<p class=\"govuk-body-s app-no-print app-table-download\"><a class=\"govuk-link\" href=\""
                + Entities.escape(href) + "\" type=\"text/csv\" download>" + Entities.escape(text) + "</a></p>";
    }
}
