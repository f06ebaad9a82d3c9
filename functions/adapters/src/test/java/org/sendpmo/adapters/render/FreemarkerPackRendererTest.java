package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.pack.SiteInfo;
import org.sendpmo.project.Project;

/** Renders a hand-built pack with the real templates and reads it back with jsoup. */
class FreemarkerPackRendererTest {

    private final FreemarkerPackRenderer renderer = new FreemarkerPackRenderer();
    private final PackModel model = PackFixtures.model();
    private final RenderedSite site = RenderedInHeap.of(renderer, model);

    private Document page(String path) {
        byte[] bytes = site.files().get(path);
        assertNotNull(bytes, path + " was not rendered");
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void rendersHomeMethodStylesheetAndAPageForEveryProject() {
        for (Project p : PackFixtures.projects()) {
            Document doc = page("projects/" + p.id() + ".html");
            assertEquals(p.name(), doc.selectFirst("h1").text());
        }
        // home, method, returns, changes, risks, improvement areas, KPIs, accessibility statement and one page per project
        assertEquals(PackFixtures.projects().size() + 8, site.pageCount());
        assertTrue(site.files().containsKey("assets/pack.css"));
    }

    @Test
    void homeShowsTheCycleAndFormatsDatesAndTimesExplicitly() {
        String text = page("index.html").text();
        assertTrue(text.contains("Strategic Transformation Board"), text);
        assertTrue(text.contains("Meeting date 24 November 2026"), text);
        assertTrue(text.contains("Reporting month October 2026"), text);
        assertTrue(text.contains("Generated at 24 November 2026 at 3:16pm"), text);
        // latest return in force: P05 at 13:45 UTC on 15 November (GMT)
        assertTrue(text.contains("Data as at 15 November 2026 at 1:45pm"), text);
        assertTrue(text.contains("Version v1"), text);
    }

    @Test
    void homeRanksInScoreOrderWithCompetitionRanks() {
        Elements rows = page("index.html").select("#ranked-table tbody tr");
        List<String> ids = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (Element row : rows) {
            ids.add(row.selectFirst("th a").attr("href"));
            ranks.add(Integer.parseInt(row.select("td").get(0).text()));
            scores.add(new BigDecimal(row.select("td").get(1).text()));
            assertTrue(row.select("td").get(2).text().matches("High|Medium|Low"), "band as text");
            assertTrue(row.select("td").get(3).text().matches("Red|Amber|Green"), "RAG as text");
        }
        assertEquals(List.of("projects/P01.html", "projects/P02.html", "projects/P03.html", "projects/P04.html"), ids);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1).compareTo(scores.get(i)) >= 0, "scores descend: " + scores);
        }
        // standard competition ranking, worked out here from the printed scores
        for (int i = 0; i < scores.size(); i++) {
            int expected = i > 0 && scores.get(i).compareTo(scores.get(i - 1)) == 0 ? ranks.get(i - 1) : i + 1;
            assertEquals(expected, ranks.get(i), "rank of row " + i);
        }
        assertEquals(List.of(1, 2, 2, 4), ranks);
        assertTrue(scores.stream().allMatch(s -> s.scale() == 2), "two decimals: " + scores);
    }

    @Test
    void homeListsIncompleteAssessmentsAndMissingReturnsApart() {
        Document home = page("index.html");
        String incomplete = home.select("#incomplete + p + table").text();
        assertTrue(incomplete.contains("Parent carer forum"), incomplete);
        assertTrue(incomplete.contains("c05: Reputational impact"), incomplete);
        assertTrue(incomplete.contains("c07: Complexity of delivery"), incomplete);
        assertEquals("projects/P06.html", home.selectFirst("#no-return + ul a").attr("href"));
        assertFalse(home.select("#ranked-table").text().contains("Parent carer forum"));
    }

    @Test
    void contributionsOnEachScoredProjectPageAddUpToTheScoreShown() {
        for (String id : List.of("P01", "P02", "P03", "P04")) {
            Document doc = page("projects/" + id + ".html");
            BigDecimal shown = new BigDecimal(doc.selectFirst("#priority-score").text());
            Elements points = doc.select("#explanation-table td.app-points");
            assertEquals(11, points.size(), id);
            BigDecimal sum = points.stream().map(e -> new BigDecimal(e.text())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, shown.compareTo(sum), id + ": " + sum + " vs " + shown);
            assertEquals(shown, new BigDecimal(doc.selectFirst("#explanation-table td.app-points-total").text()));
            // every row header cell scoped, every table captioned
            for (Element table : doc.select("table")) {
                assertNotNull(table.selectFirst("caption"), id);
                table.select("th").forEach(th -> assertTrue(th.attr("scope").matches("col|row"), th.outerHtml()));
            }
        }
    }

    @Test
    void projectPageShowsTheReturn() {
        Document doc = page("projects/P01.html");
        String text = doc.text();
        assertTrue(text.contains("Overall RAG status Green"), text);
        assertTrue(text.contains("Progress this month for P01."), text);
        assertEquals(2, doc.select("#return ~ p").stream().filter(p -> p.text().contains("aragraph") || p.text().contains("Progress")).count());
        String milestones = doc.select("#milestones").text();
        assertTrue(milestones.contains("30 September 2026 14 October 2026 14 days late Yes"), milestones);
        assertTrue(milestones.contains("On baseline"), milestones);
        assertTrue(text.contains("Recruitment of two specialists is behind plan"), text);
        assertTrue(doc.select("#criteria").text().contains("c01 level 5: very high"));
        assertEquals(11, doc.select("#criteria tbody tr").size());
        assertTrue(text.contains("Rank 1 of 4"), text);
        assertTrue(doc.select("#return + dl").text().contains("Percent complete 75%"), doc.select("#return + dl").text());
        assertEquals("Short-term savings £250,000 Long-term savings £1,250,000.50 Cost to deliver £80,000"
                + " Safety Valve impact Medium Assured by Finance Yes", doc.select("#finance + dl").text());
        Document p02 = page("projects/P02.html");
        assertTrue(p02.select("#return + dl").text().contains("Percent complete Not given"), p02.select("#return + dl").text());
        assertEquals("Short-term savings Not given Long-term savings Not given Cost to deliver Not given"
                + " Safety Valve impact Not given Assured by Finance No", p02.select("#finance + dl").text());
    }

    @Test
    void projectPageShowsTheRatingInForceWithBothIndicativeAndAssessed() {
        Document p01 = page("projects/P01.html");
        String text = p01.select("#at-a-glance + dl").text();
        assertTrue(text.contains("Delivery confidence Amber (Assessed by the programme office)"), text);
        assertTrue(text.contains("Indicative: Green · Assessed: Amber by Programme office on 20 November 2026, "
                + "Recruitment <delayed> until January"), text);
        assertFalse(site.files().entrySet().stream()
                .anyMatch(f -> new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains("<delayed>")), "note escaped");
        String p02 = page("projects/P02.html").select("#at-a-glance + dl").text();
        assertTrue(p02.contains("(Indicative, from evidence)"), p02);
        assertFalse(p02.contains("Assessed:"), p02);
    }

    @Test
    void incompleteAndNoReturnPagesSaySo() {
        Document incomplete = page("projects/P05.html");
        assertTrue(incomplete.text().contains("Assessment incomplete"), incomplete.text());
        assertEquals(List.of("c05: Reputational impact", "c07: Complexity of delivery"),
                incomplete.select("#missing-criteria li").eachText());
        assertTrue(incomplete.select("#explanation-table").isEmpty());
        assertEquals(2, incomplete.select("#criteria td:contains(Not scored:)").size());

        Document none = page("projects/P06.html");
        assertTrue(none.text().contains("No return received by the cut-off"), none.text());
        assertTrue(none.select("#criteria").isEmpty());
    }

    @Test
    void escapesHtmlInData() {
        String html = new String(site.files().get("projects/P03.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Speech &amp; language &lt;therapy&gt; waits"), "escaped");
        assertFalse(html.contains("<therapy>"));
    }

    @Test
    void methodPageShowsCriteriaDescriptorsBandsAndFormula() {
        Document doc = page("method.html");
        assertEquals(11, doc.select("#criteria tbody tr").size());
        for (int i = 1; i <= 11; i++) {
            String id = String.format("c%02d", i);
            assertEquals(5, doc.select("table#" + id + " tbody tr").size(), id);
        }
        String criteria = doc.select("#criteria").text();
        assertTrue(criteria.contains("c01: Impact on the Inspection Accelerated Progress Plan Benefit 2"), criteria);
        assertTrue(criteria.contains("c10: Cost to deliver Cost 1"), criteria);
        String text = doc.text();
        assertTrue(text.contains("score of 65.00 or more"), text);
        assertTrue(text.contains("score below 40.00"), text);
        assertTrue(text.contains("sum of the weights (12)"), text);
        assertTrue(text.contains("methodology version v1") || text.contains("Methodology version v1"), text);
    }

    @Test
    void everyPageLinksHomeAndToMethodAndHasTheLayoutLandmarks() {
        site.files().keySet().stream().filter(p -> p.endsWith(".html")).forEach(path -> {
            Document doc = page(path);
            String root = path.contains("/") ? "../" : "";
            assertFalse(doc.select("a[href=" + root + "index.html]").isEmpty(), path);
            assertFalse(doc.select("a[href=" + root + "method.html]").isEmpty(), path);
            assertEquals(root + "assets/pack.css", doc.selectFirst("link[rel=stylesheet]").attr("href"), path);
            assertEquals("#main-content", doc.selectFirst("a.govuk-skip-link").attr("href"), path);
            assertNotNull(doc.selectFirst("main#main-content"), path);
            assertNotNull(doc.selectFirst("header"), path);
            assertNotNull(doc.selectFirst("footer"), path);
            assertEquals("en", doc.selectFirst("html").attr("lang"));
            assertTrue(doc.select("script").isEmpty(), "no JavaScript: " + path);
            assertTrue(doc.text().contains("SEND Transformation Programme"), path);
            List<String> ids = doc.select("[id]").eachAttr("id");
            assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids unique on " + path + ": " + ids);
        });
    }

    @Test
    void renderingTheSameModelTwiceGivesTheSameFilesInTheSameOrder() {
        try (RenderedSite first = renderer.renderBuild(PackFixtures.model());
             RenderedSite second = renderer.renderBuild(PackFixtures.model())) {
            assertEquals(List.copyOf(first.files().keySet()), List.copyOf(second.files().keySet()));
            first.files().forEach((path, bytes) -> assertArrayEquals(bytes, second.files().get(path), path));
        }
    }

    @Test
    void everyInternalLinkResolves() {
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }

    @Test
    void aBrokenLinkInARenderedPageIsReported() {
        Map<String, byte[]> files = new HashMap<>(site.files());
        String home = new String(files.get("index.html"), StandardCharsets.UTF_8)
                .replaceFirst("href=\"projects/P02.html\"", "href=\"projects/P99.html\"");
        files.put("index.html", home.getBytes(StandardCharsets.UTF_8));
        List<String> broken = new JsoupLinkChecker().brokenLinks(new RenderedSite(files));
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).contains("projects/P99.html"), broken.get(0));
    }

    @Test
    void missingRequiredDataFailsTheRenderInsteadOfPrintingBlanks() {
        PackModel noGeneratedAt = new PackModel(model.site(), model.cycle(), model.buildId(), null, model.dataAsAt(),
                model.methodology(), model.ranked(), model.incomplete(), model.withoutReturn(), model.projectPages(), model.coverage(), model.previousCycle(), model.changes(),
                model.standings(), model.attention(), model.dueDate(), model.stability(), model.boardPages());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> renderer.renderBuild(noGeneratedAt));
        assertTrue(e.getMessage().contains("pack/home.ftlh"), e.getMessage());

        PackModel noProgrammeName = new PackModel(new SiteInfo(null, "Council"), model.cycle(), model.buildId(),
                model.generatedAt(), model.dataAsAt(), model.methodology(), model.ranked(), model.incomplete(),
                model.withoutReturn(), model.projectPages(), model.coverage(), model.previousCycle(), model.changes(),
                model.standings(), model.attention(), model.dueDate(), model.stability(), model.boardPages());
        assertThrows(IllegalStateException.class, () -> renderer.renderBuild(noProgrammeName));

        PackModel.RankedRow first = model.ranked().get(0);
        PackModel.RankedRow noScore = new PackModel.RankedRow(first.rank(), first.project(), null, first.band(), first.rag(),
                first.returnMonth(), first.href(), first.rankChange(), first.stability());
        List<PackModel.RankedRow> rows = new ArrayList<>(model.ranked());
        rows.set(0, noScore);
        PackModel missingScore = new PackModel(model.site(), model.cycle(), model.buildId(), model.generatedAt(),
                model.dataAsAt(), model.methodology(), rows, model.incomplete(), model.withoutReturn(), model.projectPages(), model.coverage(), model.previousCycle(), model.changes(),
                model.standings(), model.attention(), model.dueDate(), model.stability(), model.boardPages());
        assertThrows(IllegalStateException.class, () -> renderer.renderBuild(missingScore));
    }

    @Test
    void noReturnsAtAllRendersDataAsAtAsAStatementNotABlank() {
        PackModel empty = new PackModel(model.site(), model.cycle(), model.buildId(), model.generatedAt(), null,
                model.methodology(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), model.dueDate(),
                model.stability(), model.boardPages());
        Document home = Jsoup.parse(new String(RenderedInHeap.of(renderer, empty).files().get("index.html"), StandardCharsets.UTF_8));
        assertTrue(home.text().contains("Data as at No returns received"), home.text());
        assertTrue(home.text().contains("none is ranked"), home.text());
    }

    @Test
    void builtStylesheetShipsNoGdsTransportFontOrCrown() {
        String css = new String(site.files().get("assets/pack.css"), StandardCharsets.UTF_8);
        assertTrue(css.length() > 10_000, "the GOV.UK Frontend styles are there");
        assertTrue(css.contains(".govuk-table"), "tables styled");
        assertTrue(css.contains("font-family:arial,sans-serif"), "Arial stack");
        assertFalse(css.contains("GDS Transport"));
        assertFalse(css.contains("@font-face"));
        assertFalse(css.contains("fonts/"));
        assertFalse(css.toLowerCase().contains("crown"));
        assertFalse(css.toLowerCase().contains("crest"));
        assertFalse(css.contains("url("), "no image or font assets referenced at all");
        assertTrue(css.contains("@page{size:A4"), "print stylesheet");
        assertTrue(site.files().keySet().stream().noneMatch(p -> p.contains("fonts/") || p.contains("crown") || p.contains("crest")));
    }
}
