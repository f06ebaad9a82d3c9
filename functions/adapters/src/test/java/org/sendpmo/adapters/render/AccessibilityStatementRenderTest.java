package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.CyclesIndexModel;
import org.sendpmo.pack.RenderedSite;

/** The pack's accessibility statement, generated with the fixture pack, and the footer link to it on every page. */
class AccessibilityStatementRenderTest {

    private final FreemarkerPackRenderer renderer = new FreemarkerPackRenderer();
    private final RenderedSite site = RenderedInHeap.of(renderer, PackFixtures.model());

    private Document page(String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }

    @Test
    void theKnownIssuesAreWorkedOutFromThePack() {
        Document statement = page("accessibility.html");
        assertEquals(List.of("issue-simple-charts", "issue-chart-gaps", "issue-chart-data-print", "issue-pdf-key-pages",
                "issue-wide-tables", "issue-heat-map-levels", "issue-free-text", "issue-not-tested-by-hand"),
                statement.select("#known-issues-list li").eachAttr("id"));
        // CK1, K21 and K27 have values; K28 has none, so no chart
        assertTrue(statement.getElementById("issue-simple-charts").text().contains("The 3 charts show one line"));
        // K21 has no value from January to August 2026
        assertTrue(statement.getElementById("issue-chart-gaps").text().contains("In 1 chart the line joins"));
        assertTrue(statement.getElementById("issue-pdf-key-pages").text().startsWith("The PDF board pack holds the key pages only."));
        String text = statement.text();
        assertTrue(text.contains("WCAG) version 2.2 at level AA"), text);
        assertTrue(text.contains("It was generated with the pack on 24 November 2026 at 3:16pm."), text);
        assertFalse(text.contains("20261124T151600Z-abc"), "the build id is in the manifest, not the pages");
        assertTrue(text.contains("tell the SEND programme office at Example County Council"), text);
    }

    @Test
    void everyPackPageLinksToTheStatementFromItsFooter() {
        site.files().keySet().stream().filter(p -> p.endsWith(".html")).forEach(path -> {
            String expected = (path.contains("/") ? "../" : "") + "accessibility.html";
            assertNotNull(page(path).selectFirst("footer a[href=" + expected + "]"), path);
        });
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }

    @Test
    void theRootIndexLinksToTheNewestPacksStatement() {
        CyclesIndexModel.Entry entry = new CyclesIndexModel.Entry("stsb-2026-11", "Strategic Transformation Board",
                LocalDate.of(2026, 11, 24), YearMonth.of(2026, 10), "b2", "cycles/stsb-2026-11/b2/index.html");
        Document index = Jsoup.parse(new String(renderer.renderCyclesIndex(new CyclesIndexModel(PackFixtures.SITE,
                Instant.parse("2026-11-24T15:16:00Z"), List.of(entry))), StandardCharsets.UTF_8));
        assertEquals("cycles/stsb-2026-11/b2/accessibility.html", index.selectFirst("footer a").attr("href"));
    }
}
