package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The component contract the api's form pages rely on, exercised the way a form template would. */
class ComponentMacrosTest {

    private final Configuration cfg = PackTemplates.configuration();

    private String render(String source, Map<String, Object> model) throws Exception {
        Template template = new Template("form.ftlh", new StringReader(source), cfg);
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    private static final String FORM = """
            <#import "/components/layout.ftlh" as layout>
            <#import "/components/error-summary.ftlh" as errors>
            <#import "/components/summary-list.ftlh" as summary>
            <#import "/components/tag.ftlh" as tag>
            <#assign hasError = problems?has_content>
            <@layout.page title=(hasError?then("Error: ", "") + "Send a return") assetsBase="../" programmeName=programme>
              <@errors.errorSummary errors=problems/>
              <div class="${errors.formGroupClass(hasError)}">
                <label class="govuk-label" for="c01">c01</label>
                <#if hasError><@errors.fieldError id="c01" message=problems[0].text/></#if>
                <input class="govuk-input${errors.inputErrorClass(hasError)}" id="c01" name="c01">
              </div>
              <@summary.simple rows=[{"key": "Project", "value": "P01 <x>"}]/>
              <@tag.rag label="Amber"/> <@tag.band label="High"/> <@tag.tag text="Late" colour="yellow"/>
            </@layout.page>
            """;

    @Test
    void formPageGetsTheLayoutAndTheErrorPattern() throws Exception {
        Document doc = Jsoup.parse(render(FORM, Map.of("programme", "SEND Programme",
                "problems", List.of(Map.of("href", "#c01", "text", "Enter a score for c01, from 1 to 5")))));
        assertEquals("Error: Send a return – SEND Programme", doc.title());
        assertEquals("../assets/pack.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertNotNull(doc.selectFirst("a.govuk-skip-link[href=#main-content]"));
        assertEquals("SEND Programme", doc.selectFirst("header").text());
        assertNotNull(doc.selectFirst("main#main-content .govuk-error-summary a[href=#c01]"));
        assertEquals("Error: Enter a score for c01, from 1 to 5", doc.selectFirst("#c01-error").text());
        assertNotNull(doc.selectFirst(".govuk-form-group--error .govuk-input--error"));
        assertEquals("P01 <x>", doc.selectFirst(".govuk-summary-list__value").text());
        assertEquals(List.of("Amber", "High", "Late"), doc.select(".govuk-tag").eachText());
        assertTrue(doc.select("nav").isEmpty(), "no nav unless given");
    }

    @Test
    void noErrorsNoSummary() throws Exception {
        Document doc = Jsoup.parse(render(FORM, Map.of("programme", "SEND Programme", "problems", List.of())));
        assertTrue(doc.select(".govuk-error-summary, .govuk-error-message, .govuk-form-group--error").isEmpty());
        assertEquals("Send a return – SEND Programme", doc.title());
    }

    @Test
    void missingRequiredParameterOrUnknownStatusFailsLoudly() {
        assertThrows(TemplateException.class, () -> render(
                "<#import \"/components/layout.ftlh\" as layout><@layout.page title=\"x\" assetsBase=\"\"></@layout.page>", Map.of()));
        assertThrows(TemplateException.class, () -> render(
                "<#import \"/components/tag.ftlh\" as tag><@tag.rag label=\"Purple\"/>", Map.of()));
        assertThrows(TemplateException.class, () -> render("${missing}", Map.of()));
    }

    public record Sample(String name, int count) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void recordComponentsAndZeroArgumentMethodsReadAsProperties() throws Exception {
        // FreeMarker 2.3.33+ with incompatible improvements 2.3.34: no getters needed on the domain's records.
        assertEquals("a & b 3 A & B", render("${r.name?no_esc} ${r.count} ${r.shout?no_esc}", Map.of("r", new Sample("a & b", 3))));
        assertEquals("a &amp; b", render("${r.name}", Map.of("r", new Sample("a & b", 3))));
    }
}
