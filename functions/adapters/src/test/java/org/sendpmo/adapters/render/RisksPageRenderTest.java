package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.RenderedSite;

/** The risks page of the fixture pack ({@link PackRiskFixtures}), rendered with the real templates and read back. */
class RisksPageRenderTest {

    private final RenderedSite site = RenderedInHeap.of(PackFixtures.model());
    private final Document page = Jsoup.parse(new String(site.files().get("risks.html"), StandardCharsets.UTF_8));

    private Element cell(int likelihood, int impact) {
        Element cell = page.selectFirst("#heat-map-table td[data-likelihood=" + likelihood + "][data-impact=" + impact + "]");
        assertNotNull(cell, likelihood + " × " + impact);
        return cell;
    }

    @Test
    void theHeatMapIsARealTableWithCaptionAndScopedHeaders() {
        Element table = page.selectFirst("table#heat-map-table");
        assertTrue(table.selectFirst("caption").text().startsWith("Open risks and issues by current likelihood"));
        assertEquals(List.of("Likelihood", "Impact 1", "Impact 2", "Impact 3", "Impact 4", "Impact 5"),
                table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("Likelihood 5", "Likelihood 4", "Likelihood 3", "Likelihood 2", "Likelihood 1"),
                table.select("tbody th[scope=row]").eachText());
        assertEquals(25, table.select("tbody td").size());
    }

    @Test
    void theCellForLikelihood4AndImpact5CountsTwoAndLinksToItsEntries() {
        Element cell = cell(4, 5);
        Element link = cell.selectFirst("a");
        assertEquals("#cell-l4-i5", link.attr("href"));
        assertEquals("2 entries at likelihood 4, impact 5", link.text());
        assertEquals("High 20", cell.selectFirst(".app-heat__band").text(), "the band is written, not only coloured");
        Element target = page.getElementById("cell-l4-i5");
        assertEquals("table", target.tagName());
        assertEquals(List.of("R01: Project returns <poorly> completed", "R02: Complaints backlog"),
                target.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("risk-R01", "risk-R02"), target.select("tbody th[scope=row]").eachAttr("id"));
    }

    @Test
    void everyCellWritesItsRatingAndEmptyCellsHaveNoLink() {
        Element empty = cell(5, 1);
        assertEquals("0", empty.selectFirst(".app-heat__count").text());
        assertTrue(empty.select("a").isEmpty());
        assertEquals("Low 5", empty.selectFirst(".app-heat__band").text());
        assertEquals("Medium 12", cell(4, 3).selectFirst(".app-heat__band").text());
        assertEquals("1", cell(5, 5).selectFirst("a").ownText(), "R04; the closed R06 is not counted");
        assertEquals("Low 4", cell(2, 2).selectFirst(".app-heat__band").text());
        for (Element td : page.select("#heat-map-table tbody td")) {
            assertTrue(td.selectFirst(".app-heat__band").text().matches("(High|Medium|Low) \\d+"), td.outerHtml());
        }
    }

    @Test
    void theListsNameTheEntriesAndLinkToThemAndToTheirProjects() {
        assertEquals(List.of("R04", "R01", "R02"), ids(page.select("#outside-appetite ~ table").first()));
        assertEquals(List.of("R02", "R/05"), ids(page.select("#review-overdue ~ table").first()));
        String review = page.select("#review-overdue ~ table").first().text();
        assertTrue(review.contains("1 September 2026 30 days 47 days"), review);
        String actions = page.select("#mitigation-overdue ~ table").first().text();
        assertTrue(actions.contains("Clear complaints older than 20 days Complaints Manager 31 October 2026 In progress 17 days"), actions);
        Element kris = page.select("#kris ~ table").first();
        assertEquals(List.of("R01", "R03"), ids(kris));
        assertEquals(List.of("Red", "Amber"), kris.select("tbody strong.govuk-tag").eachText(), "status written in words");
        assertEquals(List.of("R04", "R01"), ids(page.select("#escalated ~ table").first()));

        Element r01 = page.select("#outside-appetite ~ table tbody tr").get(1);
        assertEquals("#risk-R01", r01.selectFirst("th a").attr("href"));
        assertEquals(List.of("projects/P02.html", "projects/P04.html"), r01.select("td a").eachAttr("href"));
        assertTrue(page.select("#outside-appetite ~ table tbody tr").get(0).text().contains("Programme-level: no project"));
        String unknown = page.select("#review-overdue ~ table tbody tr").get(1).text();
        assertTrue(unknown.contains("P99 (not in the project list)"), unknown);
        assertEquals("#risk-R-05", page.select("#review-overdue ~ table tbody tr").get(1).selectFirst("th a").attr("href"));
    }

    @Test
    void theHomePageLinksToTheRisksPageAndItsLists() {
        Document home = Jsoup.parse(new String(site.files().get("index.html"), StandardCharsets.UTF_8));
        assertEquals("3 outside appetite", home.selectFirst("a[href=risks.html#outside-appetite]").text());
        assertEquals("2 key risk indicators at red or amber", home.selectFirst("a[href=risks.html#kris]").text());
        assertNotNull(home.selectFirst("a[href=risks.html]"));
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }

    @Test
    void aProjectWithOpenEntriesLinksBackToTheRisksPage() {
        Document p02 = Jsoup.parse(new String(site.files().get("projects/P02.html"), StandardCharsets.UTF_8));
        assertNotNull(p02.selectFirst("#at-a-glance + dl a[href=../risks.html]"));
        Document p01 = Jsoup.parse(new String(site.files().get("projects/P01.html"), StandardCharsets.UTF_8));
        assertTrue(p01.select("#at-a-glance + dl a[href=../risks.html]").isEmpty(), "P01 is on no entry");
    }

    @Test
    void theMethodPageSaysHowRisksAreRated() {
        Document method = Jsoup.parse(new String(site.files().get("method.html"), StandardCharsets.UTF_8));
        String text = method.select("#risk + ol").text();
        assertTrue(text.contains("Low 1 to 6, Medium 8 to 12, High 15 to 25"), text);
        assertEquals(10, method.select("#appetite tbody tr").size());
        assertEquals(List.of("High 30 days", "Medium 90 days", "Low 180 days"), method.select("#review-periods tbody tr").eachText());
    }

    private static List<String> ids(Element table) {
        return table.select("tbody th[scope=row] a").eachText().stream().map(t -> t.substring(0, t.indexOf(':'))).toList();
    }
}
