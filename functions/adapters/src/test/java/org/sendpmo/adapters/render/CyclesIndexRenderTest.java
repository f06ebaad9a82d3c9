package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.CyclesIndexModel;
import org.sendpmo.pack.RenderedSite;

/** The root index and a cycle's redirect, checked together with a build as the bucket will hold them. */
class CyclesIndexRenderTest {

    private final FreemarkerPackRenderer renderer = new FreemarkerPackRenderer();
    private final CyclesIndexModel.Entry november = new CyclesIndexModel.Entry("stsb-2026-11", "Strategic Transformation Board",
            LocalDate.of(2026, 11, 24), YearMonth.of(2026, 10), "b2", "cycles/stsb-2026-11/b2/index.html");
    private final CyclesIndexModel.Entry october = new CyclesIndexModel.Entry("stsb-2026-10", "Strategic Transformation Board",
            LocalDate.of(2026, 10, 27), YearMonth.of(2026, 9), "b1", "cycles/stsb-2026-10/b1/index.html");
    private final CyclesIndexModel index = new CyclesIndexModel(PackFixtures.SITE, Instant.parse("2026-11-24T15:16:00Z"),
            List.of(november, october));

    private static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void rootIndexListsEveryCycleWithALink() {
        Document doc = parse(renderer.renderCyclesIndex(index));
        assertEquals(2, doc.select("tbody tr").size());
        assertEquals("cycles/stsb-2026-11/b2/index.html", doc.select("tbody tr").get(0).selectFirst("a").attr("href"));
        String first = doc.select("tbody tr").get(0).text();
        assertTrue(first.contains("Strategic Transformation Board 24 November 2026 October 2026"), first);
        assertEquals("cycles/stsb-2026-11/b2/assets/pack.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(doc.selectFirst("caption") != null);
    }

    @Test
    void redirectHasAPlainLinkAndARefresh() {
        Document doc = parse(renderer.renderCycleRedirect(november));
        assertEquals("b2/index.html", doc.selectFirst("main a").attr("href"));
        assertEquals("0; url=b2/index.html", doc.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void publishedLayoutHasNoBrokenLinks() {
        Map<String, byte[]> bucket = new HashMap<>();
        bucket.put("index.html", renderer.renderCyclesIndex(index));
        for (CyclesIndexModel.Entry e : List.of(november, october)) {
            String prefix = "cycles/" + e.cycleId() + "/";
            bucket.put(prefix + "index.html", renderer.renderCycleRedirect(e));
            RenderedInHeap.of(renderer, PackFixtures.model()).files()
                    .forEach((path, bytes) -> bucket.put(prefix + e.buildId() + "/" + path, bytes));
        }
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(new RenderedSite(bucket)));
    }

    @Test
    void emptyIndexSaysSo() {
        Document doc = parse(renderer.renderCyclesIndex(new CyclesIndexModel(PackFixtures.SITE, Instant.EPOCH, List.of())));
        assertTrue(doc.text().contains("No pack has been published yet"), doc.text());
    }
}
