package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;
import static org.sendpmo.api.ApiTestSupport.validForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.api.access.Csrf;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.returns.ReturnArchive;
import org.sendpmo.returns.ReturnLedger;

/**
 * CSRF tokens on every state-changing request, a project lead held to their own projects, and the
 * audit log's record of each write, through the API Gateway v2 proxy with H2 and S3Proxy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectionsTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String MONTH = YearMonth.now().minusMonths(1).toString();

    @Inject
    ReturnLedger ledger;

    @Inject
    ReturnArchive archive;

    @Inject
    AuditLog audit;

    @Inject
    EmbeddedServer server;

    @Inject
    Csrf csrf;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void aFormPostWithoutItsTokenIsRefusedAndNothingIsStored() {
        identity.withoutCsrfToken();
        long before = ledger.count();
        HttpResponse<String> response = exchange(client, postForm("/returns", validForm("P01", MONTH, "No token")));
        assertEquals(403, response.code());
        assertTrue(body(response).contains("This form has expired or did not come from this site"), body(response));
        assertEquals(before, ledger.count());
    }

    @Test
    void theTokenInTheFormFieldIsAcceptedAsABrowserSendsIt() {
        identity.withoutCsrfToken();
        Map<String, String> form = validForm("P02", MONTH, "Sent with the hidden field");
        form.put(Csrf.FIELD, csrf.tokenFor(SignedInClient.NONCE, ApiTestSupport.OFFICE));
        HttpResponse<String> response = exchange(client, postForm("/returns", form));
        assertEquals(303, response.code(), body(response));
    }

    @Test
    void aTokenMadeForSomeoneElseOrAnotherCookieIsRefused() {
        identity.withoutCsrfToken();
        Map<String, String> form = validForm("P02", MONTH, "Somebody else's token");
        form.put(Csrf.FIELD, csrf.tokenFor(SignedInClient.NONCE, ApiTestSupport.LEAD));
        assertEquals(403, exchange(client, postForm("/returns", form)).code());
        form.put(Csrf.FIELD, csrf.tokenFor("another-nonce-0123456789abcdefghijklmnopqrs", ApiTestSupport.OFFICE));
        assertEquals(403, exchange(client, postForm("/returns", form)).code());
    }

    @Test
    void aMultipartUploadWithoutItsTokenIsRefusedAndNothingIsStored() {
        ApiTestSupport.Browser signedIn = ApiTestSupport.browser(server.getApplicationContext(), server.getURI(), ApiTestSupport.OFFICE);
        ApiTestSupport.Browser forged = new ApiTestSupport.Browser(signedIn.server(), signedIn.cookies(), "");
        int objects = archive.listKeys("uploads/").size();
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", MONTH)));
        UploadSupport.Posted posted = UploadSupport.postFile(forged, "returns", "forged.csv", csv, false);
        assertEquals(403, posted.code());
        assertEquals(objects, archive.listKeys("uploads/").size());
    }

    @Test
    void aScriptWithABearerTokenAndNoCookieNeedsNoCsrfToken() {
        String token = ApiTestSupport.browser(server.getApplicationContext(), server.getURI(), ApiTestSupport.OFFICE).cookies()
                .split(";")[0].substring("SESSION=".length());
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/api/projects/P01/returns")
                .bearerAuth(token).header("Cookie", "none=none"));
        assertEquals(200, response.code());
        HttpResponse<String> post = exchange(client, HttpRequest.POST("/api/returns", Map.of()).bearerAuth(token).header("Cookie", "none=none"));
        assertEquals(400, post.code(), "past the CSRF check, the empty return is refused for what it lacks");
    }

    @Test
    void aProjectLeadSubmittingForAnotherProjectIsRefusedAndNothingIsStored() {
        identity.as(ApiTestSupport.LEAD);
        long before = ledger.count();
        int objects = archive.listKeys("returns/").size();

        HttpResponse<String> form = exchange(client, postForm("/returns", validForm("P02", MONTH, "Not my project")));
        assertEquals(403, form.code());
        assertTrue(Jsoup.parse(body(form)).select(".govuk-error-summary").text()
                .contains("You can submit returns only for the projects you lead (P01), and P02 is not one of them"), body(form));

        Map<String, Object> json = new java.util.HashMap<>(Map.of("projectId", "P02", "reportingMonth", MONTH));
        HttpResponse<String> api = exchange(client, HttpRequest.POST("/api/returns", json));
        assertEquals(403, api.code());
        assertTrue(body(api).contains("\"status\":\"not-allowed\""), body(api));
        assertEquals(403, exchange(client, HttpRequest.GET("/api/projects/P02/returns")).code());

        assertEquals(before, ledger.count());
        assertEquals(objects, archive.listKeys("returns/").size());
    }

    @Test
    void aProjectLeadIsOfferedOnlyTheirOwnProjectsAndCanSubmitForThem() {
        identity.as(ApiTestSupport.LEAD);
        var page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/returns/new"))));
        assertEquals(List.of("P01"), page.select("#projectId option[value~=.+]").eachAttr("value"));
        assertEquals(303, exchange(client, postForm("/returns", validForm("P01", MONTH, "My own project"))).code());
    }

    @Test
    void eachSubmissionIsInTheAuditLogWithWhoAndTheRawObject() {
        identity.as(ApiTestSupport.LEAD);
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> response = exchange(client, postForm("/returns", validForm("P01", MONTH, "Audited " + System.nanoTime())));
        assertEquals(303, response.code());
        List<AuditEntry> entries = audit.between(before, Instant.now().plusSeconds(1), 10).stream()
                .filter(e -> e.action() == AuditAction.RETURN_SUBMITTED).toList();
        assertEquals(1, entries.size(), entries.toString());
        AuditEntry entry = entries.get(0);
        assertEquals(ApiTestSupport.LEAD, entry.actor());
        assertEquals("P01", entry.subject());
        assertTrue(entry.reference().startsWith("returns/" + MONTH + "/P01/"), entry.reference());
        assertTrue(archive.listKeys("returns/").contains(entry.reference()), "the reference is the raw object");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersIncludingRefusals() {
        identity.nobody();
        for (HttpRequest<?> request : List.of(HttpRequest.GET("/sign-in"), HttpRequest.GET("/office").accept(MediaType.TEXT_HTML),
                HttpRequest.GET("/api/builds/x"))) {
            HttpResponse<String> response = exchange(client, request);
            assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"), request.getPath());
            assertEquals("nosniff", response.header("X-Content-Type-Options"), request.getPath());
        }
    }
}
