package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.RenderedSite;

/** Every table of the rendered pack, downloadable as a formula-safe CSV beside its page. */
class TableDownloadsTest {

    private final RenderedSite site = RenderedInHeap.of(PackFixtures.model());

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark first, so Excel reads UTF-8");
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    private Document page(String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }

    /** The CSV the link after this table points to, from the page at {@code pagePath}. */
    private byte[] csvOf(String pagePath, Element table) {
        Element link = table.nextElementSibling().selectFirst("a");
        String folder = pagePath.contains("/") ? pagePath.substring(0, pagePath.lastIndexOf('/') + 1) : "";
        byte[] csv = site.files().get(folder + link.attr("href"));
        assertNotNull(csv, link.attr("href") + " from " + pagePath);
        return csv;
    }

    @Test
    void aCellStartingWithAnEqualsSignIsNeutralisedInItsCsv() throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                + "<table id=\"sums\"><caption>Sums</caption><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Value</th></tr></thead>"
                + "<tbody><tr><th scope=\"row\">=HYPERLINK(\"http://evil\",\"x\")</th><td>+1+cmd|x</td></tr>"
                + "<tr><th scope=\"row\">@SUM(A1)</th><td>-2</td></tr></tbody></table></main></body></html>";
        Map<String, byte[]> out = TableDownloads.addTo(Map.of("sub/page.html", html.getBytes(StandardCharsets.UTF_8)));

        List<CSVRecord> rows = records(out.get("sub/page-sums.csv"));
        assertEquals(List.of("Name", "Value"), rows.get(0).toList());
        assertEquals(List.of("'=HYPERLINK(\"http://evil\",\"x\")", "'+1+cmd|x"), rows.get(1).toList());
        assertEquals(List.of("'@SUM(A1)", "-2"), rows.get(2).toList()); // a plain signed number stays a number
        Element link = Jsoup.parse(new String(out.get("sub/page.html"), StandardCharsets.UTF_8)).selectFirst("table + p a");
        assertEquals("page-sums.csv", link.attr("href"), "relative, beside the page");
        assertEquals("Download this table as CSV: Sums", link.text());
    }

    @Test
    void everyTableOnTheRisksPageHasACsvAndALinkRightAfterIt() throws IOException {
        Document risks = page("risks.html");
        List<Element> tables = risks.select("table");
        assertEquals(11, tables.size(), "heat map, five lists, five heat-map cells");
        for (Element table : tables) {
            Element after = table.nextElementSibling();
            assertNotNull(after, table.id());
            assertTrue(after.hasClass("app-table-download"), after.outerHtml());
            assertEquals("Download this table as CSV: " + table.selectFirst("caption").text(), after.selectFirst("a").text());
            List<CSVRecord> rows = records(csvOf("risks.html", table));
            assertEquals(table.select("thead th").eachText(), rows.get(0).toList(), "the header row is the table's");
            assertEquals(table.select("tbody tr").size(), rows.size() - 1, table.id());
        }
        assertEquals("risks-outside-appetite-table.csv", tables.get(1).nextElementSibling().selectFirst("a").attr("href"));
    }

    @Test
    void cellsReadAsOnScreenWithListsJoinedAndScreenReaderOnlyTextLeftOut() throws IOException {
        Element heatMap = page("risks.html").getElementById("heat-map-table");
        List<CSVRecord> rows = records(csvOf("risks.html", heatMap));
        assertEquals(List.of("Likelihood 4", "0 Low 4", "0 Medium 8", "0 Medium 12", "0 High 16", "2 High 20"), rows.get(2).toList());
        Element outside = page("risks.html").getElementById("outside-appetite-table");
        assertEquals("EHC plan quality audit (P02); Joint commissioning review (P04)",
                records(csvOf("risks.html", outside)).get(2).get(5));
    }

    @Test
    void everyTableOfEveryPageIsDownloadableUnderALinkNamedDistinctlyOnItsPage() throws IOException {
        for (String path : site.files().keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
            Document doc = page(path);
            Set<String> names = new HashSet<>();
            for (Element table : doc.select("table")) {
                Element link = table.nextElementSibling().selectFirst("a");
                assertTrue(link.text().startsWith(TableDownloads.LINK_TEXT + ": "), link.text());
                assertTrue(names.add(link.text()), "link text unique on " + path + ": " + link.text());
                assertTrue(link.attr("href").matches("[A-Za-z0-9_-]+\\.csv"), link.attr("href"));
                assertEquals(TableCsv.header(table), records(csvOf(path, table)).get(0).toList(), path + " " + table.id());
            }
        }
        assertTrue(site.files().containsKey("projects/P01-criteria.csv"));
        assertTrue(site.files().containsKey("index-ranked-table.csv"));
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site), "every CSV is in the site");
    }

    @Test
    void aTableInsideATableGetsItsOwnCsvAndLinkAndThePageAroundTheTablesIsCopiedAsRendered() throws IOException {
        String before = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><p>A  <b>tablet</b> &amp; <tablex></p>";
        String outer = "<table id=\"outer\"><caption>Outer</caption><thead><tr><th>A</th></tr></thead><tbody><tr><td>"
                + "<table><caption>Inner</caption><tbody><tr><td>x</td></tr></tbody></table></td></tr></tbody></table>";
        String after = "<p>after</p><table\nid=\"second\"><caption>Second & last</caption><tbody><tr><td>y</td></tr></tbody></table>"
                + "</main></body></html>";
        Map<String, byte[]> out = TableDownloads.addTo(Map.of("page.html", (before + outer + after).getBytes(StandardCharsets.UTF_8)));

        String page = new String(out.get("page.html"), StandardCharsets.UTF_8);
        assertTrue(page.startsWith(before), "the text before the first table is untouched: " + page);
        assertTrue(page.contains("<p>after</p><table\nid=\"second\">"), page);
        Document doc = Jsoup.parse(page);
        assertEquals("page-outer.csv", doc.getElementById("outer").nextElementSibling().selectFirst("a").attr("href"));
        Element inner = doc.getElementById("outer").selectFirst("td table");
        assertEquals("page-2.csv", inner.nextElementSibling().selectFirst("a").attr("href"), "the inner table is the page's second");
        assertEquals("Download this table as CSV: Inner", inner.nextElementSibling().text());
        assertEquals("Download this table as CSV: Second & last", doc.getElementById("second").nextElementSibling().text());
        assertEquals(List.of("x"), records(out.get("page-2.csv")).get(0).toList());
        assertEquals(List.of("y"), records(out.get("page-second.csv")).get(0).toList());
    }

    @Test
    void aTableThatIsNeverClosedIsReportedWithItsPage() {
        Map<String, byte[]> files = Map.of("p.html", "<main><table><tr><td>x</td></tr></main>".getBytes(StandardCharsets.UTF_8));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> TableDownloads.addTo(files));
        assertTrue(e.getMessage().startsWith("p.html: a table starting at character 6 is never closed"), e.getMessage());
    }
}
