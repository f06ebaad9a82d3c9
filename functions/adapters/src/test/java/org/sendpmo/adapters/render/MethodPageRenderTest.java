package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The method page of the fixture pack states every configured rule, read back from the rendered page. */
class MethodPageRenderTest {

    private final Document page = Jsoup.parse(new String(RenderedInHeap.of(PackFixtures.model())
            .files().get("method.html"), StandardCharsets.UTF_8));

    private String section(String id) {
        StringBuilder text = new StringBuilder();
        for (var e = page.getElementById(id).nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
            text.append(e.text()).append(' ');
        }
        return text.toString();
    }

    @Test
    void theContentsLinkToEverySection() {
        assertEquals(List.of("#score", "#bands", "#criteria", "#stability", "#rag", "#returns", "#confidence", "#risk", "#kpi",
                "#board", "#descriptors"), page.select("#contents + ul a").eachAttr("href"));
    }

    @Test
    void weightsDirectionsDescriptorsAndBandsAreStated() {
        assertEquals(List.of("Benefit 2", "Benefit 1"), page.select("#criteria tbody tr").subList(0, 2).stream()
                .map(r -> r.select("td").text()).toList());
        assertEquals("c07 level 5: very high", page.select("table#c07 tbody tr").get(4).selectFirst("td").text());
        assertTrue(section("bands").contains("High score of 65.00 or more"), section("bands"));
    }

    @Test
    void ragAndDeliveryConfidenceDefinitionsComeFromTheConfiguredRules() {
        assertEquals(List.of("Green Green (test RAG definition)", "Amber Amber (test RAG definition)", "Red Red (test RAG definition)"),
                page.select("#rag-definitions .govuk-summary-list__row").eachText());
        assertEquals(List.of("Green", "Amber/Green", "Amber", "Amber/Red", "Red"),
                page.select("#confidence-definitions dt").eachText(), "the five-point scale, best first");
        assertEquals("Amber/Red (test definition)", page.select("#confidence-definitions dd").get(3).text());
        assertTrue(section("confidence").contains("uses the 5-point scale"), section("confidence"));
        assertTrue(page.select("#confidence-factors").text().contains("Overall RAG Red 2"));
        assertTrue(page.select("#confidence-factors").text().contains("Data-quality score below 60 1"));
    }

    @Test
    void thresholdsAndTimetableAreStated() {
        String returns = section("returns");
        assertTrue(returns.contains("due 10 working days before the board meets, and data is cut off 5 working days before it"), returns);
        assertTrue(returns.contains("loses 20 points for each check it fails"), returns);
        assertEquals(5, page.select("#data-quality-checks li").size());
        String stability = section("stability");
        assertTrue(stability.contains("Samples 2,000, from seed 7"), stability);
        assertTrue(stability.contains("between 0.5 and 1.5"), stability);
        assertTrue(stability.contains("at least 90% of samples, or at most 10%"), stability);
        assertTrue(section("kpi").contains("more than 5% of the baseline"), section("kpi"));
        assertTrue(section("board").contains("rank moves of 3 places or more"), section("board"));
        assertTrue(section("risk").contains("Low 1 to 6, Medium 8 to 12, High 15 to 25"), section("risk"));
    }
}
