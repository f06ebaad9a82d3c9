package org.sendpmo.adapters.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
 */
final class TableDownloads {

    static final String LINK_TEXT = "Download this table as CSV";

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
                String link = link(csv.substring(csv.lastIndexOf('/') + 1), name(table, n));
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

    /** "risks-outside-appetite-table.csv", beside the page; never a path the site already holds. */
    private static String csvPath(String pagePath, Element table, int n, Predicate<String> taken) {
        String base = pagePath.substring(0, pagePath.length() - ".html".length()) + "-";
        String id = table.id().replaceAll("[^A-Za-z0-9_-]", "-");
        String path = base + (id.isEmpty() ? String.valueOf(n) : id) + ".csv";
        for (int k = 2; taken.test(path); k++) {
            path = base + (id.isEmpty() ? n : id) + "-" + k + ".csv";
        }
        return path;
    }

    /** The table's caption, or "table n" when it has none. */
    private static String name(Element table, int n) {
        Element caption = table.selectFirst("> caption");
        return caption == null || caption.text().isBlank() ? "table " + n : caption.text();
    }

    private static String link(String href, String tableName) {
        return "<p class=\"govuk-body-s app-no-print app-table-download\"><a class=\"govuk-link\" href=\""
                + Entities.escape(href) + "\" type=\"text/csv\" download>" + Entities.escape(LINK_TEXT + ": " + tableName)
                + "</a></p>";
    }
}
