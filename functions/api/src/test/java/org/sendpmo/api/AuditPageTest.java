package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;

/** The programme office's view and export of the audit log. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeAll
    void entries() {
        audit.record(new AuditEntry(Instant.parse("2026-03-02T09:15:00Z"), "lead", AuditAction.RETURN_SUBMITTED, "P01",
                "returns/2026-02/P01/abc.json", "return for 2026-02, version 1"));
        audit.record(new AuditEntry(Instant.parse("2026-03-03T10:00:00Z"), "office", AuditAction.UPLOAD_RECEIVED,
                "<script>alert(1)</script>", "uploads/returns/2026-03/def", "=HYPERLINK(\"http://evil\")"));
        audit.record(new AuditEntry(Instant.parse("2026-04-20T10:00:00Z"), "office", AuditAction.BUILD_REQUESTED, "stsb-2026-04",
                null, null));
    }

    @Test
    void thePageListsTheDaysEntriesNewestFirstWithEveryTextShownAsText() {
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/office/audit?from=2026-03-01&to=2026-03-31"));
        assertEquals(200, response.code());
        Document page = Jsoup.parse(body(response));
        assertEquals(List.of("Upload received", "Return submitted"), page.select("tbody tr td:nth-child(3)").eachText());
        assertTrue(page.select("script:not([src])").isEmpty(), "a subject's markup is never live");
        assertTrue(page.text().contains("<script>alert(1)</script>"));
        assertTrue(page.text().contains("returns/2026-02/P01/abc.json"), "the raw object is named");
        assertEquals("/office/audit.csv?from=2026-03-01&to=2026-03-31", page.selectFirst("a[href^=/office/audit.csv]").attr("href"));
    }

    @Test
    void theCsvHoldsTheSameEntriesWithFormulasNeutralised() {
        HttpResponse<String> csv = exchange(client, HttpRequest.GET("/office/audit.csv?from=2026-03-01&to=2026-03-31"));
        assertEquals(200, csv.code());
        assertTrue(csv.header("Content-Disposition").contains("audit-2026-03-01-to-2026-03-31.csv"));
        String text = body(csv);
        assertTrue(text.startsWith("\uFEFFWhen (UTC),Who,What"), text);
        assertTrue(text.contains("2026-03-02T09:15:00Z,lead,Return submitted,RETURN_SUBMITTED,P01,returns/2026-02/P01/abc.json"), text);
        assertTrue(text.contains("'=HYPERLINK"), "a formula is written as text: " + text);
        assertFalse(text.contains("stsb-2026-04"), "outside the dates");
    }

    @Test
    void datesThatCannotBeReadOrAreBackwardsAreExplainedNot500() {
        HttpResponse<String> bad = exchange(client, HttpRequest.GET("/office/audit?from=1st+March"));
        assertEquals(400, bad.code());
        assertTrue(Jsoup.parse(body(bad)).select(".govuk-error-summary").text().contains("Enter dates as year-month-day"));
        HttpResponse<String> backwards = exchange(client, HttpRequest.GET("/office/audit.csv?from=2026-04-01&to=2026-03-01"));
        assertEquals(400, backwards.code());
        assertEquals("The 'from' date must be on or before the 'to' date", body(backwards));
    }
}
