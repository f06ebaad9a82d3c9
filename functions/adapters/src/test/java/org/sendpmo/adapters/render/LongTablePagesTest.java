package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;

/**
 * A board page's table of more than 100 rows: rows 1–100 on the board page, each later 100 on a continuation page
 * ({@code index/ranked-table/2.html}), GOV.UK pagination between them, and one CSV of every row.
 */
class LongTablePagesTest {

    private static final PackModel LONG = LongPackFixtures.model(250);
    private static final RenderedSite SITE = RenderedInHeap.of(LONG);

    private static Document page(RenderedSite site, String path) {
        byte[] html = site.files().get(path);
        assertNotNull(html, path);
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    private static Elements bodyRows(Document page, String tableId) {
        return page.getElementById(tableId).select("> tbody > tr");
    }

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "one byte-order mark, first");
        assertFalse(text.substring(1).contains("\uFEFF"), "no byte-order mark after the first");
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void theBoardPageShowsRows1To100AndContinuationPagesTheRest100APageWithRanksContinuing() {
        Document home = page(SITE, "index.html");
        Document second = page(SITE, "index/ranked-table/2.html");
        Document third = page(SITE, "index/ranked-table/3.html");
        assertEquals(100, bodyRows(home, "ranked-table").size());
        assertEquals(100, bodyRows(second, "ranked-table").size());
        assertEquals(50, bodyRows(third, "ranked-table").size());
        assertFalse(SITE.files().containsKey("index/ranked-table/4.html"));

        for (int row : new int[] {100, 199, 200, 249}) {
            PackModel.RankedRow expected = LONG.ranked().get(row);
            Element shown = bodyRows(row < 200 ? second : third, "ranked-table").get(row % 100);
            assertEquals(String.valueOf(expected.rank()), shown.child(0).text(), "row " + (row + 1) + "'s rank");
            assertEquals(expected.project().name() + " (" + expected.project().id() + ")", shown.child(1).text());
            assertEquals("../../projects/" + expected.project().id() + ".html", shown.child(1).selectFirst("a").attr("href"),
                    "two folders down, the project's page is two folders up");
        }
        assertEquals("Ranked projects: rows 101–200 of 250", second.selectFirst("h1").text());
        assertEquals("Ranked projects: rows 201–250 of 250", third.selectFirst("h1").text());
        Element table = home.getElementById("ranked-table");
        assertEquals(table.selectFirst("caption").outerHtml(), second.getElementById("ranked-table").selectFirst("caption").outerHtml());
        assertEquals(table.selectFirst("thead").outerHtml(), third.getElementById("ranked-table").selectFirst("thead").outerHtml());
    }

    @Test
    void continuationPagesUseThePackLayoutTwoFoldersDownAndLinkBackToTheTable() {
        Document second = page(SITE, "index/ranked-table/2.html");
        assertEquals("../../assets/pack.css", second.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("../../index.html", second.selectFirst(".govuk-service-navigation__item--active a").attr("href"),
                "the board page's navigation item is current");
        Element back = second.selectFirst("main a[href=../../index.html#ranked-table]");
        assertNotNull(back, "a link back to the table on its board page");
        assertEquals("Back to rows 1–100 on the pack home page", back.text());
        assertTrue(second.title().startsWith("Ranked projects, rows 101–200 of 250"), second.title());
    }

    /** The numbered links and Previous and Next of a page's pagination, as "text=href". */
    private static List<String> pagination(Document page, String tableId) {
        Element nav = page.getElementById(tableId).parent().selectFirst("nav.govuk-pagination");
        assertNotNull(nav, tableId);
        return nav.select("a").stream().map(a -> a.text() + "=" + a.attr("href") + (a.hasAttr("aria-current") ? " (current)" : ""))
                .toList();
    }

    @Test
    void govukPaginationLinksEveryPageOfTheTableFromEachOfThem() {
        assertEquals(List.of("1=#ranked-table (current)", "2=index/ranked-table/2.html", "3=index/ranked-table/3.html",
                "Next page=index/ranked-table/2.html"), pagination(page(SITE, "index.html"), "ranked-table"));
        assertEquals(List.of("Previous page=../../index.html#ranked-table", "1=../../index.html#ranked-table",
                "2=2.html (current)", "3=3.html", "Next page=3.html"), pagination(page(SITE, "index/ranked-table/2.html"), "ranked-table"));
        assertEquals(List.of("Previous page=2.html", "1=../../index.html#ranked-table", "2=2.html", "3=3.html (current)"),
                pagination(page(SITE, "index/ranked-table/3.html"), "ranked-table"));
        Element nav = page(SITE, "index.html").selectFirst("nav.govuk-pagination");
        assertEquals("Pages of the table: Ranked projects", nav.attr("aria-label"));
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(SITE), "every page's links resolve");
    }

    @Test
    void oneCsvHoldsEveryRowOfEveryPageWithTheHeaderOnceAndEveryPageLinksToIt() throws IOException {
        List<CSVRecord> rows = records(SITE.files().get("index-ranked-table.csv"));
        assertEquals(251, rows.size(), "a header and 250 rows");
        assertEquals(TableCsv.header(page(SITE, "index.html").getElementById("ranked-table")), rows.get(0).toList());
        for (int i = 0; i < 250; i++) {
            assertEquals(LONG.ranked().get(i).project().name() + " (" + LONG.ranked().get(i).project().id() + ")", rows.get(i + 1).get(1));
        }
        String text = "Download all 250 rows as CSV: Ranked projects, October 2026";
        assertEquals("index-ranked-table.csv", csvLink(page(SITE, "index.html"), text));
        assertEquals("../../index-ranked-table.csv", csvLink(page(SITE, "index/ranked-table/2.html"), text));
        assertEquals("../../index-ranked-table.csv", csvLink(page(SITE, "index/ranked-table/3.html"), text));
        assertEquals(List.of(), SITE.files().keySet().stream().filter(p -> p.contains("/") && p.endsWith(".csv")
                && !p.startsWith("projects/")).toList(), "continuation pages make no CSV of their own");
    }

    private static String csvLink(Document page, String text) {
        Element link = page.getElementById("ranked-table").nextElementSibling().selectFirst("a");
        assertEquals(text, link.text());
        return link.attr("href");
    }

    @Test
    void theReturnsPagesTablesArePaginatedTheSameWay() throws IOException {
        Document returns = page(SITE, "returns.html");
        int paginated = 0;
        for (String id : List.of("on-time-table", "late-table", "missing-table", "data-quality-table")) {
            Element table = returns.getElementById(id);
            if (table == null) {
                continue; // no such returns in this pack
            }
            int all = records(SITE.files().get("returns-" + id + ".csv")).size() - 1;
            if (all > 100) {
                paginated++;
                assertEquals(100, table.select("> tbody > tr").size(), id);
                int last = (all + 99) / 100;
                assertEquals(all - (last - 1) * 100, bodyRows(page(SITE, "returns/" + id + "/" + last + ".html"), id).size(), id);
                assertNotNull(page(SITE, "returns/" + id + "/" + last + ".html").selectFirst("a[href=../../returns.html#" + id + "]"));
            } else {
                assertFalse(SITE.files().containsKey("returns/" + id + "/2.html"), id);
            }
        }
        assertEquals(2, paginated, "250 returns on time (or late), each scored for data quality");
    }

    @Test
    void theBoardPageSaysWhichRowsItShows() {
        Element note = page(SITE, "index.html").getElementById("ranked-table").previousElementSibling();
        assertEquals("Rows 1–100 of 250 are shown here; the pages linked after the table list the rest.", note.text());
    }

    @Test
    void theChangesPagesTablesArePaginatedTheSameWay() throws IOException {
        RenderedSite site = RenderedInHeap.of(LongPackFixtures.modelWithPreviousCycle(150));
        assertEquals(100, bodyRows(page(site, "changes.html"), "rag-table").size());
        Document second = page(site, "changes/rag-table/2.html");
        assertEquals("Changes, RAG status: rows 101–150 of 150", second.selectFirst("h1").text());
        assertEquals(50, bodyRows(second, "rag-table").size());
        assertEquals("../../changes.html", second.selectFirst(".govuk-service-navigation__item--active a").attr("href"));
        assertEquals("Project 101 (P0101)", bodyRows(second, "rag-table").get(0).child(0).text(), "changes in project order");
        assertEquals(151, records(site.files().get("changes-rag-table.csv")).size());
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }

    @Test
    void theRisksPagesListsArePaginatedAndLinkEachEntryToItsRowOnTheRisksPage() throws IOException {
        RenderedSite site = RenderedInHeap.of(LongPackFixtures.modelWithRiskPerProject(150));
        Document risks = page(site, "risks.html");
        assertEquals(100, bodyRows(risks, "outside-appetite-table").size());
        Document second = page(site, "risks/outside-appetite-table/2.html");
        assertEquals("Outside appetite: rows 101–153 of 153", second.selectFirst("h1").text(), "150 added to R01, R02 and R04");
        Element row = bodyRows(second, "outside-appetite-table").get(0);
        String anchor = row.selectFirst("th a").attr("href").substring("../../risks.html#".length());
        assertTrue(row.selectFirst("th a").attr("href").startsWith("../../risks.html#"), row.outerHtml());
        assertNotNull(risks.getElementById(anchor), "the entry's row in the register, which is not paginated");
        assertTrue(row.selectFirst("td:last-child a").attr("href").startsWith("../../projects/"), row.outerHtml());
        assertTrue(bodyRows(risks, "outside-appetite-table").get(0).selectFirst("th a").attr("href").startsWith("#"),
                "on the risks page itself, a fragment");
        assertEquals(154, records(site.files().get("risks-outside-appetite-table.csv")).size());
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }

    @Test
    void theHomePagesNoReturnListStopsAt100AndSendsTheReaderToTheReturnsPage() {
        RenderedSite site = RenderedInHeap.of(LongPackFixtures.model(3, 120));
        Document home = page(site, "index.html");
        Element list = home.getElementById("no-return").nextElementSibling();
        assertEquals(100, list.select("li").size());
        assertEquals("These are the first 100 of 120 projects without a return. The returns page lists every missing return,"
                + " with the return carried forward where there is one, and a CSV of them all.", list.nextElementSibling().text());
        assertEquals(100, bodyRows(page(site, "returns.html"), "missing-table").size());
        assertEquals(20, bodyRows(page(site, "returns/missing-table/2.html"), "missing-table").size());
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }

    @Test
    void aTableOf100RowsHasNoPaginationAndNoContinuationPage() {
        RenderedSite site = RenderedInHeap.of(LongPackFixtures.model(100));
        Document home = page(site, "index.html");
        assertEquals(100, bodyRows(home, "ranked-table").size());
        assertNull(home.selectFirst("nav.govuk-pagination"));
        assertEquals(List.of(), site.files().keySet().stream().filter(p -> p.startsWith("index/") || p.startsWith("returns/")).toList());
        assertEquals("Download this table as CSV: Ranked projects, October 2026",
                home.getElementById("ranked-table").nextElementSibling().text());
    }

    @Test
    void aLongTableRendersTheSameFilesInTheSameOrderEveryTime() {
        RenderedSite again = RenderedInHeap.of(LONG);
        assertEquals(List.copyOf(SITE.files().keySet()), List.copyOf(again.files().keySet()));
        SITE.files().forEach((path, bytes) -> assertArrayEquals(bytes, again.files().get(path), path));
    }
}
