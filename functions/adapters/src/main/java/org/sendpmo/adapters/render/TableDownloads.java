package org.sendpmo.adapters.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sendpmo.pack.SpooledFiles;

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
                addToPage(path, bytes, out::containsKey, out::put);
            }
        });
        return out;
    }

    /**
     * One page as {@link #addTo(Map)} treats it, written to files as it goes: the page (with its links, or as it
     * is when it has no table) and its tables' CSV files.
     */
    static void addTo(String path, byte[] html, SpooledFiles files) {
        if (!addToPage(path, html, files::containsKey, files::add)) {
            files.add(path, html);
        }
    }

    /** @return whether the page had tables, so was written again with their links */
    private static boolean addToPage(String path, byte[] html, Predicate<String> taken, BiConsumer<String, byte[]> out) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Elements tables = page.select("table");
        if (tables.isEmpty()) {
            return false;
        }
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            String csv = csvPath(path, table, i + 1, taken);
            out.accept(csv, TableCsv.of(table));
            table.after(link(csv.substring(csv.lastIndexOf('/') + 1), name(table, i + 1)));
        }
        page.outputSettings().prettyPrint(false);
        out.accept(path, page.outerHtml().getBytes(StandardCharsets.UTF_8));
        return true;
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

    private static Element link(String href, String tableName) {
        Element p = new Element("p").addClass("govuk-body-s").addClass("app-no-print").addClass("app-table-download");
        p.appendElement("a").addClass("govuk-link").attr("href", href).attr("type", "text/csv").attr("download", "")
                .text(LINK_TEXT + ": " + tableName);
        return p;
    }
}
