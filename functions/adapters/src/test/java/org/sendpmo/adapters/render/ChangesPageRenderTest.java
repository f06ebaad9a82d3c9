package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;

/** The changes page of the fixture pack with a previous cycle ({@link PackFixtures#modelWithPreviousCycle()}). */
class ChangesPageRenderTest {

    private static Document render(PackModel model, String path) {
        RenderedSite site = RenderedInHeap.of(model);
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }

    private final Document page = render(PackFixtures.modelWithPreviousCycle(), "changes.html");

    private List<String> rows(String section) {
        return page.select("#" + section + "-table tbody tr").eachText();
    }

    @Test
    void everyKindOfChangeIsCountedAndEachSectionLinkedFromTheSummary() {
        assertEquals("12 changes", page.getElementById("summary").text());
        assertEquals(List.of("Rank: 1", "Priority band: 1", "RAG status: 2", "Delivery confidence: 1", "New risk or issue: 1",
                "Risk or issue closed: 1", "Risk rating: 2", "Risk escalated: 2", "KPI value revised: 1"),
                page.select("#summary + ul li").eachText());
        for (Element link : page.select("#summary + ul a")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
        assertTrue(page.text().contains("every move in rank of 3 places or more"), "the threshold is stated");
    }

    @Test
    void projectChangesLinkToTheProjectAndGiveTheirCause() {
        String rank = rows("rank").get(0);
        assertTrue(rank.startsWith("Joint commissioning review (P04) 1 4 Return P04-2026-10-"), rank);
        assertTrue(rank.contains("changed c01 5 → 1"), rank);
        assertEquals("projects/P04.html", page.selectFirst("#rank-table tbody th a").attr("href"));
        assertTrue(rows("band").get(0).startsWith("Joint commissioning review (P04) High Low Return"), rows("band").toString());
        assertTrue(rows("rag").get(0).startsWith("Speech & language <therapy> waits (P03) Amber Red Reported in return P03-"),
                rows("rag").toString());
        assertEquals("Early help hubs (P01) Green Amber Assessed by Programme office on 2026-11-20: Recruitment <delayed> until January",
                rows("delivery-confidence").get(0));
    }

    @Test
    void riskChangesLinkToTheEntryOnTheRisksPageUnlessItIsClosed() {
        assertEquals("Speech & language <therapy> waits (P03) R02: Complaints backlog None High (4×5) "
                + "On the register by the cut-off of 2026-11-17, not by 2026-10-20", rows("risk-new").get(0));
        assertEquals(List.of("projects/P03.html", "risks.html#risk-R02"), page.select("#risk-new-table tbody a").eachAttr("href"));
        assertEquals(List.of("risks.html#risk-R01", "risks.html#risk-R01"),
                page.select("#risk-rating-table tbody td a").eachAttr("href"));
        assertTrue(rows("risk-rating").get(0).contains("Medium (3×3) High (4×5) Current likelihood × impact changed from 3×3 to 4×5"));
        assertTrue(rows("risk-escalated").get(1).contains("Project STSB Escalated to the SEND Transformation Strategic Board"));
        Element closed = page.selectFirst("#risk-closed-table tbody tr");
        assertEquals("R06: Closed risk (closed, so not on the risks page)", closed.select("td").get(0).text());
        assertTrue(closed.select("td a").isEmpty(), "a closed entry is not on the risks page, so not linked");
    }

    @Test
    void aRevisedKpiValueLinksToTheKpi() {
        assertEquals("Programme (Kent-wide) K21: % of EHCPs issued within 20 weeks Version 1 45% (version 2) "
                + "The October 2026 value was revised: version 2 received on 5 November 2026. Reason given: "
                + PackKpiFixtures.REVISION_REASON, rows("kpi-revised").get(0));
        assertEquals("kpis.html#kpi-K21", page.selectFirst("#kpi-revised-table tbody td a").attr("href"));
    }

    @Test
    void theHomePageSummarisesTheChangesAndLinksToThePage() {
        Document home = render(PackFixtures.modelWithPreviousCycle(), "index.html");
        assertEquals("changes.html#rank", home.selectFirst("#changes ~ ul a").attr("href"));
        assertTrue(home.select("#changes ~ p").text().contains("Compared with the Strategic Transformation Board pack of 27 October 2026: 12 changes."));
        assertNotNull(home.selectFirst("a[href=changes.html]"));
        assertNotNull(home.selectFirst("nav a[href=changes.html]"), "in the pack's navigation");
    }

    @Test
    void theRankingSaysEachProjectsRankChangeInWords() {
        Document home = render(PackFixtures.modelWithPreviousCycle(), "index.html");
        assertEquals("Rank change since 27 October 2026", home.select("#ranked-table thead th").last().text());
        for (org.jsoup.nodes.Element row : home.select("#ranked-table tbody tr")) {
            assertTrue(row.select("td").last().text().matches("Up \\d+|Down \\d+|No change|Not ranked before"), row.text());
        }
        Document first = render(PackFixtures.model(), "index.html");
        assertTrue(first.select("#ranked-table thead th").stream().noneMatch(th -> th.text().startsWith("Rank change")),
                "the first pack of a board has nothing to compare with");
    }

    @Test
    void theFirstPackOfABoardHasNothingToCompareWith() {
        Document first = render(PackFixtures.model(), "changes.html");
        assertTrue(first.select("main").text().contains("This is the first pack of the Strategic Transformation Board: there is nothing to compare with."));
        assertTrue(first.select("main table").isEmpty());
    }
}
