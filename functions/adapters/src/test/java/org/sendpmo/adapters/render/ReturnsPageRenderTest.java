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

/**
 * The returns page of the fixture pack: returns were due 10 November 2026 and cut off on the 17th. P01 arrived on the
 * 10th (on time); P02 to P05 on the 12th to the 15th (2, 3, 3 and 3 working days late: the 14th and 15th are a
 * weekend); P06 sent none.
 */
class ReturnsPageRenderTest {

    private static Document render(PackModel model, String path) {
        RenderedSite site = RenderedInHeap.of(model);
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }

    private final Document page = render(PackFixtures.model(), "returns.html");

    @Test
    void projectsAreGroupedOnTimeLateAndMissingWithCounts() {
        assertEquals(List.of("1 on time", "4 late", "1 missing"), page.select("#summary + ul a").eachText());
        assertEquals("On time (1)", page.getElementById("on-time").text());
        assertEquals("Late (4)", page.getElementById("late").text());
        assertEquals("Missing (1)", page.getElementById("missing").text());
        assertEquals("6 projects", page.getElementById("summary").text());
    }

    @Test
    void eachRowLinksToItsProjectAndSaysWhenItArrived() {
        Element onTime = page.selectFirst("#on-time-table tbody tr");
        assertEquals("projects/P01.html", onTime.selectFirst("th a").attr("href"));
        assertEquals("Early help hubs (P01) 10 November 2026 No chases recorded", onTime.text());
        List<String> late = page.select("#late-table tbody tr").eachText();
        assertEquals("EHC plan quality audit (P02) 12 November 2026 2 working days No chases recorded", late.get(3),
                "least late last");
        assertTrue(late.get(0).contains("3 working days"), late.toString());
        assertEquals(List.of("projects/P03.html", "projects/P04.html", "projects/P05.html", "projects/P02.html"),
                page.select("#late-table tbody th a").eachAttr("href"));
    }

    @Test
    void aProjectThatNeverSentAReturnSaysSo() {
        assertEquals("Outcomes dashboard (P06) None: no return has ever been received Not applicable No chases recorded",
                page.selectFirst("#missing-table tbody tr").text());
    }

    @Test
    void aMissingReturnIsCarriedForwardFromItsMonthWithItsAge() {
        Document carried = render(PackFixtures.modelWithCarriedReturn(), "returns.html");
        Element row = carried.selectFirst("#missing-table tbody tr");
        assertEquals("projects/P06.html", row.selectFirst("th a").attr("href"));
        assertEquals(List.of("Carried forward from August 2026, not updated", "2 months", "No chases recorded"),
                row.select("td").eachText());
    }

    @Test
    void dataQualityNamesEveryFailedCheckLowestScoreFirst() {
        List<Element> rows = page.select("#data-quality-table tbody tr");
        assertEquals(5, rows.size(), "P06 sent nothing, so has no score");
        List<Integer> scores = rows.stream().map(r -> Integer.parseInt(r.selectFirst("td").text())).toList();
        assertEquals(scores.stream().sorted().toList(), scores);
        Element p02 = rows.stream().filter(r -> r.selectFirst("th a").attr("href").equals("projects/P02.html")).findFirst().orElseThrow();
        String checks = p02.select("td").get(1).text();
        assertTrue(checks.contains("No KPI value for the month: "), checks);
        assertTrue(checks.contains("Financial figures not assured by Finance: "), checks);
        assertEquals(String.valueOf(100 - 20 * p02.select("td li").size()), p02.selectFirst("td").text());
    }

    @Test
    void theHomePageCountsTheReturnsAndLinksToThePage() {
        Document home = render(PackFixtures.model(), "index.html");
        assertEquals(List.of("1 on time", "4 late", "1 missing"), home.select("#returns + p + ul a").eachText());
        assertNotNull(home.selectFirst("a[href=returns.html]"));
        assertNotNull(home.selectFirst("nav a[href=returns.html]"), "in the pack's navigation");
    }
}
