package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.RenderedSite;

/** The KPIs page of the fixture pack ({@link PackKpiFixtures}), rendered with the real templates and read back. */
class KpisPageRenderTest {

    private final RenderedSite site = RenderedInHeap.of(PackFixtures.model());
    private final Document page = Jsoup.parse(new String(site.files().get("kpis.html"), StandardCharsets.UTF_8));

    private Element section(String id) {
        return page.getElementById("kpi-" + id).parent();
    }

    @Test
    void aValueRevisedSinceThePreviousPackIsListedUnderItsKpiWithItsReason() {
        RenderedSite next = RenderedInHeap.of(PackFixtures.modelWithPreviousCycle());
        Document withRevision = Jsoup.parse(new String(next.files().get("kpis.html"), StandardCharsets.UTF_8));

        assertEquals(List.of("#kpi-K21-revisions", "changes.html#kpi-revised"),
                withRevision.select("#revised a").eachAttr("href"), "the revised KPIs are called out at the top");
        assertEquals(List.of("October 2026: now 45% (version 2, received 5 November 2026). Reason given: "
                        + PackKpiFixtures.REVISION_REASON),
                withRevision.select("#kpi-K21-revisions + ul li").eachText());
        assertEquals(1, withRevision.select("[id$=-revisions]").size(), "only the revised KPI has the list");
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(next));
        assertTrue(page.select("[id$=-revisions]").isEmpty(), "a pack with no previous one lists no revisions");
    }

    @Test
    void theSummaryTableListsCriticalKpisFirstWithTheTrendWritten() {
        assertEquals(List.of("#kpi-CK1", "#kpi-K21", "#kpi-K27", "#kpi-K28"), page.select("#kpi-table tbody th a").eachAttr("href"));
        assertEquals(List.of("Improving", "Worsening", "No baseline", "No data"), page.select("#kpi-table tbody strong.govuk-tag").eachText());
        String ck1 = page.select("#kpi-table tbody tr").get(0).text();
        assertEquals("CK1: EHCPs issued (critical) 250 (October 2026) 280 (mean of 12 months of 2025) Improving", ck1);
        assertEquals(List.of("#kpi-K21"), page.select("#summary + p a").eachAttr("href"), "worsening called out first");
    }

    @Test
    void aChartIsAnImageNamedByATextSummaryThatStatesTheTrend() {
        Element svg = section("CK1").selectFirst("figure svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("kpi-CK1-summary", svg.attr("aria-labelledby"));
        Element summary = page.getElementById("kpi-CK1-summary");
        assertEquals("EHCPs issued: 250 in October 2026, 10.71% lower than the 2025 baseline of 280: improving, as lower is "
                + "better. September 2026: 270, stable.", summary.text());
        assertEquals(22, svg.select("circle").size(), "one dot per month from January 2025 to October 2026");
        assertNotNull(svg.selectFirst("line.app-chart__baseline"), "the baseline is drawn");
        assertEquals("280", svg.select("text").get(0).text());
        assertEquals("250", svg.select("text").get(1).text());
        assertEquals(List.of("Jan 2025", "Oct 2026"), List.of(svg.select("text").get(2).text(), svg.select("text").get(3).text()));
        assertTrue(page.getElementById("kpi-K21-summary").text().contains("10% lower than the 2025 baseline of 50%: worsening, as higher is better"),
                page.getElementById("kpi-K21-summary").text());
    }

    @Test
    void eachChartsDataIsATableInADetailsElement() {
        Element table = section("CK1").selectFirst("details table");
        assertTrue(table.selectFirst("caption").text().startsWith("CK1: EHCPs issued"));
        assertEquals(22, table.select("tbody tr").size());
        assertEquals("October 2026 250", table.select("tbody tr").last().text());
        assertEquals("January 2025 280", table.select("tbody tr").first().text());
        assertEquals("October 2026 45%", section("K21").select("details tbody tr").last().text());
    }

    @Test
    void kpisWithoutABaselineOrValuesSaySoAndHaveNoEmptyChart() {
        assertTrue(page.getElementById("kpi-K27-summary").text().contains("with no baseline, as no value was recorded in 2025"));
        assertNull(page.getElementById("kpi-K27").parent().selectFirst("line.app-chart__baseline"));
        assertEquals("A measure of Speech and Language Therapy numbers: no Kent-wide value recorded up to October 2026.",
                page.getElementById("kpi-K28-summary").text());
        assertNull(section("K28").selectFirst("svg"));
    }

    @Test
    void kpisLinkToTheirAreasTargetsAndTheProjectsReportingThem() {
        String ck1 = section("CK1").selectFirst("dl").text();
        assertTrue(ck1.contains("Targets 3 months: 260; 12 months: 240"), ck1);
        assertTrue(ck1.contains("Agreed baseline 293 (December 2022)"), ck1);
        assertTrue(section("K21").selectFirst("dl").select("dt").eachText().stream().noneMatch(t -> t.equals("Agreed baseline")),
                "no row where none was agreed");
        Element k21 = section("K21").selectFirst("dl");
        assertEquals(List.of("areas.html#area-C6", "projects/P02.html"), k21.select("a").eachAttr("href"));
        Document areas = Jsoup.parse(new String(site.files().get("areas.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("kpis.html#kpi-K27", "kpis.html#kpi-K28"), areas.getElementById("area-C8").select("a").eachAttr("href"));
        Document home = Jsoup.parse(new String(site.files().get("index.html"), StandardCharsets.UTF_8));
        assertEquals("K21: % of EHCPs issued within 20 weeks", home.selectFirst("#kpis + p + ul a[href=kpis.html#kpi-K21]").text());
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site));
    }
}
