package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;

/**
 * The reference lists through the API Gateway v2 proxy: a changed risk appetite overrides the configured one from the
 * next pack built, whose method page says what was in force, and the pack built before keeps what it had; bad values
 * are refused on their field with nothing stored; every change is audited; group names show on the registry form.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceListTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    AuditLog audit;

    @Inject
    CycleRepository cycles;

    @Inject
    PackBuildService packs;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void aChangedAppetiteIsInForceFromTheNextBuildAndItsMethodPageSaysSo() {
        assertEquals("12", appetiteOnMethodPage(build("stsb-ref-before", YearMonth.of(2026, 7))), "the configured default");

        Instant before = Instant.now();
        HttpResponse<String> saved = exchange(client, postForm("/office/reference/risk-appetite", Map.of("value.COMPLAINTS", "6")));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertTrue(audit.between(before, Instant.now().plusSeconds(1), 20).stream().anyMatch(e -> e.action() == AuditAction.REFERENCE_LIST_CHANGED
                && e.actor().equals("office") && e.subject().equals("risk-appetite:COMPLAINTS")
                && e.detail().contains("the configured 12 → 6")));
        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/risk-appetite"))));
        assertEquals("6", page.getElementById("value-COMPLAINTS").val());
        assertTrue(page.getElementById("row-COMPLAINTS").text().contains("By office"), page.getElementById("row-COMPLAINTS").text());

        String after = build("stsb-ref-after", YearMonth.of(2026, 8));
        assertEquals("6", appetiteOnMethodPage(after));
        assertTrue(method(after).select("#appetite tr:contains(Complaints)").text().contains("For this category"));

        exchange(client, postForm("/office/reference/risk-appetite", Map.of("value.COMPLAINTS", "")));
        assertEquals("12", appetiteOnMethodPage(build("stsb-ref-cleared", YearMonth.of(2026, 9))), "cleared: the configured one again");
    }

    @Test
    void badValuesAreRefusedOnTheirFieldsAndNothingIsStored() {
        HttpResponse<String> refused = exchange(client, postForm("/office/reference/risk-appetite",
                Map.of("value.DEMAND", "30", "value.PARTNERSHIP", "high", "value.OTHER", "9")));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Document page = Jsoup.parse(body(refused));
        assertEquals("#value-DEMAND", page.select(".govuk-error-summary a:contains(Demand)").attr("href"));
        assertTrue(page.select(".govuk-error-summary").text().contains("The appetite for Partnership must be a whole number from 1 to 25"));
        assertEquals("high", page.getElementById("value-PARTNERSHIP").val(), "what was typed is kept");
        Document stored = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/risk-appetite"))));
        assertEquals("", stored.getElementById("value-OTHER").val(), "all or nothing: the good value was not stored either");
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.GET("/office/reference/boards")).getStatus());
    }

    @Test
    void anOperationalGroupsNameShowsOnTheRegistryForm() {
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/reference/operational-groups",
                Map.of("value.1", "Health related, MI systems, Post 16 and Alternative Provision"))).getStatus());
        Document form = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/projects/new"))));
        assertEquals("1: Health related, MI systems, Post 16 and Alternative Provision",
                form.select("#operationalGroup option[value=1]").text());
    }

    private String build(String cycleId, YearMonth month) {
        return TestPacks.build(cycles, packs, cycleId, month);
    }

    private static Document method(String folder) {
        return Jsoup.parse(TestPacks.page(S3, folder, "method.html"));
    }

    private static String appetiteOnMethodPage(String folder) {
        return method(folder).select("#appetite tr:contains(Complaints) td").first().text();
    }
}
