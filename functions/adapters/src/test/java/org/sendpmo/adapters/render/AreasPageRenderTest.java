package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.RenderedSite;

/**
 * The improvement areas page of the fixture pack: P01 (High) serves C1 and C2, P02 and P03 (both Medium)
 * serve C6 and C8, P05 (incomplete) serves C3 and P06 (no return) C9; nothing serves C4, C5 or C7.
 */
class AreasPageRenderTest {

    private final RenderedSite site = RenderedInHeap.of(PackFixtures.model());
    private final Document page = Jsoup.parse(new String(site.files().get("areas.html"), StandardCharsets.UTF_8));

    private Element row(String code) {
        return page.getElementById("area-" + code).parent();
    }

    @Test
    void everyAreaIsARowWithItsProjectsLinkedAndCounted() {
        assertEquals(9, page.select("#areas-table tbody tr").size());
        Element c1 = row("C1");
        assertTrue(c1.selectFirst("th").text().startsWith("C1: Parental confidence and needs met Parents widely believe"));
        assertEquals(List.of("projects/P01.html"), c1.select("td").get(0).select("a").eachAttr("href"));
        assertEquals("Early help hubs (P01) High", c1.select("td").get(0).text());
        assertEquals("1: 1 High, 0 Medium, 0 Low, 0 not scored", c1.select("td").get(1).text());
        assertEquals("No", c1.select("td").get(2).text());
        assertEquals("1: 0 High, 1 Medium, 0 Low, 0 not scored", row("C6").select("td").get(1).text());
        assertEquals("Outcomes dashboard (P06) Not scored", row("C9").select("td").get(0).text());
        assertEquals("0", row("C4").select("td").get(1).text());
    }

    @Test
    void gapsAreCalledOutInWordsAndLinkToTheirRows() {
        assertEquals(List.of("#area-C3", "#area-C4", "#area-C5", "#area-C7", "#area-C9"),
                page.select("#gap-list a").eachAttr("href"));
        String gaps = page.select("#gap-list").text();
        assertTrue(gaps.contains("C4: Joint commissioning. No active project serves C4."), gaps);
        assertTrue(gaps.contains("C3: Parent role in service design. None of the 1 projects serving C3 is in the High or Medium priority band."), gaps);
        assertTrue(page.text().contains("5 of the 9 areas are gaps."), page.text());
        assertEquals("Gap. No active project serves C7", row("C7").select("td").get(2).text());
        assertTrue(row("C7").hasClass("app-table__row--gap"));
    }

    @Test
    void openRegisterEntriesNamingAnAreaLinkToTheRisksPage() {
        // every fixture entry names C1; the closed R06 is left out
        assertEquals(List.of("risks.html#risk-R04", "risks.html#risk-R01", "risks.html#risk-R02", "risks.html#risk-R03",
                "risks.html#risk-R-05", "risks.html#risk-R07"), row("C1").select("td").get(3).select("a").eachAttr("href"));
        assertEquals("None", row("C2").select("td").get(3).text());
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }
}
