package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.CyclesIndexModel;
import org.sendpmo.pack.RenderedSite;

/**
 * Every free-text field of the inputs carries {@code <script>alert(1)</script>} and
 * {@code "><img src=x onerror=alert(1)>} ({@link HostileFixtures}). Rendered, no page has a script element
 * (the pack has none of its own), an element with an on* attribute, or an img with src x: the text is escaped
 * and shows as text.
 */
class PackEscapingTest {

    private final FreemarkerPackRenderer renderer = new FreemarkerPackRenderer();
    private final RenderedSite site = RenderedInHeap.of(renderer, HostileFixtures.model());

    private Map<String, Document> pages() {
        Map<String, Document> pages = new java.util.TreeMap<>();
        site.files().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        CyclesIndexModel.Entry entry = new CyclesIndexModel.Entry("stsb-2026-11", HostileFixtures.h("Board"),
                PackFixtures.CYCLE.meetingDate(), PackFixtures.CYCLE.reportingMonth(), "b1", "cycles/stsb-2026-11/b1/index.html");
        pages.put("(root index)", parse(renderer.renderCyclesIndex(
                new CyclesIndexModel(HostileFixtures.site(), Instant.parse("2026-11-24T15:16:00Z"), List.of(entry)))));
        pages.put("(cycle redirect)", parse(renderer.renderCycleRedirect(entry)));
        return pages;
    }

    private static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void noPageHasAScriptAnEventHandlerOrTheInjectedImage() {
        Map<String, Document> pages = pages();
        assertTrue(pages.size() > 15, pages.keySet().toString());
        List<String> found = new ArrayList<>();
        pages.forEach((path, doc) -> {
            doc.select("script").forEach(s -> found.add(path + ": " + s.outerHtml()));
            doc.select("img[src=x]").forEach(i -> found.add(path + ": " + i.outerHtml()));
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                        found.add(path + ": " + e.tagName() + " " + a.getKey());
                    }
                }
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void theInjectedTextShowsAsTextOnEveryPageThatPrintsIt() {
        Map<String, Document> pages = pages();
        String payload = HostileFixtures.SCRIPT + HostileFixtures.IMG;
        pages.forEach((path, doc) -> assertTrue(doc.text().contains(payload), path + " shows the programme name as text"));
        assertEquals(HostileFixtures.h("Early help hubs"), pages.get("projects/P01.html").selectFirst("h1").text());
        String p01 = pages.get("projects/P01.html").text();
        for (String field : List.of("Second paragraph.", "Business case approved", "Recruitment of two specialists is behind plan",
                "lead@example.org", "A. Lead", "Recruitment delayed")) {
            assertTrue(p01.contains(HostileFixtures.h(field)), field);
        }
        // A register entry's description and controls are not shown in the pack (yet), so are not looked for.
        String risks = pages.get("risks.html").text();
        for (String field : List.of("Complaints backlog", "Programme Manager",
                "Clear complaints older than 20 days", "Vacancy rate (%)", "P98")) {
            assertTrue(risks.contains(HostileFixtures.h(field)), field);
        }
        assertTrue(pages.get("kpis.html").text().contains(HostileFixtures.h("% of EHCPs issued within 20 weeks")));
        assertTrue(pages.get("changes.html").text().contains(HostileFixtures.h("Complaints backlog")));
        assertTrue(pages.get("method.html").text().contains(HostileFixtures.h("c01 level 5: very high")));
    }

    @Test
    void theRawHtmlHoldsTheMarkupOnlyEscaped() {
        site.files().forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (path.endsWith(".html")) {
                assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("<script"), path);
                assertFalse(text.contains("<img"), path);
            }
        });
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site), "ids and anchors made from the text still resolve");
    }
}
