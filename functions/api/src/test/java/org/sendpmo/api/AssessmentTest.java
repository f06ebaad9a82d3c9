package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.confidence.AssessedConfidenceStore;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;

/** The programme office records assessed delivery confidence for a cycle, by form and as JSON, with who and when. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final BoardCycle CYCLE = new BoardCycle("stsb-2026-12", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2026, 12, 14), YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7));

    @Inject
    CycleRepository cycles;

    @Inject
    AssessedConfidenceStore store;

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeEach
    void cycle() {
        if (cycles.find(CYCLE.id()).isEmpty()) {
            cycles.save(CYCLE);
        }
    }

    @Test
    void theOfficeRecordsARatingWithItsReasonAndItIsInForceAuditedAndShown() {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> response = exchange(client, postForm("/office/cycles/" + CYCLE.id() + "/assessments",
                Map.of("projectId", "P01", "rating", "AMBER_RED", "note", "Recruitment has stalled for two months")));
        assertEquals(303, response.code(), body(response));
        assertEquals("/office/cycles/" + CYCLE.id() + "/assessments?recorded=P01", response.header("Location"));

        var inForce = store.forCycle("P01", CYCLE.id()).orElseThrow();
        assertEquals(ConfidenceRating.AMBER_RED, inForce.rating());
        assertEquals(ApiTestSupport.OFFICE, inForce.assessedBy());
        assertTrue(audit.between(before, Instant.now().plusSeconds(1), 20).stream()
                .anyMatch(e -> e.action() == AuditAction.ASSESSMENT_RECORDED && e.actor().equals(ApiTestSupport.OFFICE)
                        && e.subject().equals("P01 in " + CYCLE.id())));

        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET(response.header("Location")))));
        assertTrue(page.select(".govuk-notification-banner--success").text().contains("P01"));
        assertTrue(page.select("tbody tr:has(th:contains(P01))").text().contains("Amber/Red"), page.select("tbody").text());
    }

    @Test
    void aMissingReasonOrARatingOffTheScaleIsShownOnItsFieldValuesKeptAndNothingRecorded() {
        int before = store.history("P02", CYCLE.id()).size();
        HttpResponse<String> response = exchange(client, postForm("/office/cycles/" + CYCLE.id() + "/assessments",
                Map.of("projectId", "P02", "rating", "PURPLE", "note", " ")));
        assertEquals(400, response.code());
        Document page = Jsoup.parse(body(response));
        assertEquals(List.of("#rating", "#note"), page.select(".govuk-error-summary__list a").eachAttr("href"));
        assertEquals("P02", page.selectFirst("#projectId option[selected]").val(), "the project stays chosen");
        assertEquals(before, store.history("P02", CYCLE.id()).size());
    }

    @Test
    void theJsonEndpointRecordsAndExplainsRefusals() {
        HttpResponse<String> created = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/assessments",
                Map.of("projectId", "P02", "rating", "Green", "note", "Delivered the pilot")));
        assertEquals(201, created.code(), body(created));
        assertTrue(body(created).contains("\"rating\":\"GREEN\""), body(created));
        HttpResponse<String> unknown = exchange(client, HttpRequest.POST("/api/cycles/no-such/assessments",
                Map.of("projectId", "P02", "rating", "GREEN", "note", "x")));
        assertEquals(404, unknown.code());
        HttpResponse<String> bad = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/assessments",
                Map.of("projectId", "P99", "rating", "GREEN", "note", "x")));
        assertEquals(400, bad.code());
        assertTrue(body(bad).contains("There is no project 'P99'"), body(bad));
    }
}
