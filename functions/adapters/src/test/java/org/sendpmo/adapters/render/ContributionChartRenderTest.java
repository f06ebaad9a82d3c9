package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.PackModel;

/** A scored project's page draws its contributions as bars, with a text summary naming the largest. */
class ContributionChartRenderTest {

    @Test
    void eachCriterionHasABarAndTheSummaryNamesTheLargest() {
        PackModel model = PackFixtures.model();
        PackModel.ProjectPage scored = model.projectPages().stream().filter(PackModel.ProjectPage::scored).findFirst().orElseThrow();
        Document page = Jsoup.parse(new String(RenderedInHeap.of(model).files().get(scored.path()),
                StandardCharsets.UTF_8));

        Element chart = page.selectFirst("svg[role=img][aria-labelledby=contribution-summary]");
        assertNotNull(chart, "the chart is an image with a text equivalent");
        assertEquals(scored.contributions().size(), chart.select("rect.app-chart__bar").size());
        var largest = scored.largestContributions(1).get(0);
        Element widest = chart.select("rect.app-chart__bar").stream()
                .max(java.util.Comparator.comparingDouble(r -> Double.parseDouble(r.attr("width")))).orElseThrow();
        assertEquals("480.0", String.format(java.util.Locale.ROOT, "%.1f", Double.parseDouble(widest.attr("width"))),
                "the largest contribution spans the full bar length");
        String summary = page.getElementById("contribution-summary").text();
        assertTrue(summary.contains("The largest: " + largest.criterion().id()), summary);
        assertNotNull(page.getElementById("explanation-table"), "the figures are also in the table");
    }
}
