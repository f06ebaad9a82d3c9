package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;
import static org.sendpmo.api.ApiTestSupport.validForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.lead.SavedDrafts;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnArchive;
import org.sendpmo.returns.ReturnLedger;

/**
 * The project lead's month, through the real API Gateway v2 proxy handler, H2, S3Proxy and the folder mailer:
 * "my projects", the pre-filled form, drafts, history and the receipt. The lead ({@code lead}) leads P01 only.
 * Each test uses its own reporting month so that their returns do not become each other's versions.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadReturnsTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final YearMonth CYCLE_MONTH = YearMonth.now(ProgrammeTime.ZONE).minusMonths(1);
    private static final LocalDate DUE = LocalDate.now(ProgrammeTime.ZONE).plusDays(10);
    private static final BoardCycle CYCLE = new BoardCycle("lead-test", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.now(ProgrammeTime.ZONE).plusDays(30), CYCLE_MONTH, LocalDate.now(ProgrammeTime.ZONE).plusDays(20), DUE);

    @Inject
    CycleRepository cycles;

    @Inject
    ReturnLedger ledger;

    @Inject
    ReturnArchive archive;

    @Inject
    SavedDrafts drafts;

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @org.junit.jupiter.api.BeforeAll
    void emptyOutbox() {
        ApiTestSupport.emptyOutbox(LeadReturnsTest.class);
    }

    @BeforeEach
    void cycle() {
        if (cycles.find(CYCLE.id()).isEmpty()) {
            cycles.save(CYCLE);
        }
    }

    @Test
    void aLeadLandsOnTheirOwnProjectsWithTheCyclesDueDateAndTheReturnsStatus() {
        identity.as(ApiTestSupport.LEAD);
        assertEquals("/my-projects", exchange(client, HttpRequest.GET("/")).header("Location"));
        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/my-projects"))));
        List<String> titles = page.select(".govuk-summary-card__title").eachText();
        assertEquals(List.of("P01 – Annual review backlog"), titles, "only the projects the lead leads");
        Element card = page.selectFirst(".govuk-summary-card");
        assertTrue(card.text().contains(LeadFormatForTest.day(DUE)), card.text());
        assertTrue(card.text().contains("Not received yet"), card.text());
        assertEquals("/returns/new?project=P01&month=" + CYCLE_MONTH, card.selectFirst("a.govuk-button").attr("href"));

        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/returns", validForm("P01", CYCLE_MONTH.toString(), "Done"))).getStatus());
        card = Jsoup.parse(body(exchange(client, HttpRequest.GET("/my-projects")))).selectFirst(".govuk-summary-card");
        assertTrue(card.text().contains("Received on time"), card.text());
        assertTrue(card.text().contains("P01-" + CYCLE_MONTH), "the reference of the return in: " + card.text());

        identity.as(ApiTestSupport.OFFICE);
        assertEquals(2, Jsoup.parse(body(exchange(client, HttpRequest.GET("/my-projects")))).select(".govuk-summary-card").size(),
                "the office sees every project");
    }

    @Test
    void aNewReturnStartsFromThePreviousMonthsWithoutItsCommentary() {
        YearMonth previous = YearMonth.now(ProgrammeTime.ZONE).minusMonths(3);
        YearMonth month = previous.plusMonths(1);
        identity.as(ApiTestSupport.LEAD);
        Map<String, String> last = validForm("P01", previous.toString(), "Last month's words");
        last.put("milestones[1].name", "Second milestone");
        last.put("milestones[1].baseline", "1/6/2026");
        last.put("milestones[1].forecast", "1/7/2026");
        last.put("milestones[1].complete", "yes");
        last.put("kpiValues[0].kpiId", "K21");
        last.put("kpiValues[0].value", "42.5");
        last.put("percentComplete", "40");
        last.put("improvementAreas.C6", "yes");
        last.put("finance.costToDeliver", "80000");
        last.put("finance.financeAssured", "yes");
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/returns", last)).getStatus());

        Document form = Jsoup.parse(body(exchange(client, HttpRequest.GET("/returns/new?project=P01&month=" + month))));
        assertEquals("", form.getElementById("progressCommentary").val(), "the commentary is written afresh");
        assertEquals(month.toString(), form.selectFirst("#reportingMonth option[selected]").val());
        assertEquals("Pilot live", form.getElementById("milestones-0-name").val());
        assertEquals("31/3/2026", form.getElementById("milestones-0-baseline").val());
        assertEquals("15/5/2026", form.getElementById("milestones-0-forecast").val());
        assertEquals("Second milestone", form.getElementById("milestones-1-name").val());
        assertTrue(form.selectFirst("input[name=milestones[1].complete][value=yes]").hasAttr("checked"));
        assertEquals("Recruitment is slow\nDependency on NHS capacity", form.getElementById("keyRisksAndIssues").val());
        assertEquals("K21", form.selectFirst("#kpiValues-0-kpiId option[selected]").val());
        assertEquals("42.5", form.getElementById("kpiValues-0-value").val());
        assertEquals("40", form.getElementById("percentComplete").val());
        assertTrue(form.selectFirst("input[name=improvementAreas.C6]").hasAttr("checked"));
        assertEquals("80000", form.getElementById("finance-costToDeliver").val());
        assertTrue(form.selectFirst("input[name=overallRag][value=AMBER]").hasAttr("checked"));
        assertTrue(form.selectFirst("input[name=scores.c02][value=3]").hasAttr("checked"));
        assertTrue(form.getElementById("prefill-notice").text().contains(previous.toString()), "the form says where it started");

        identity.as(ApiTestSupport.OFFICE);
        exchange(client, postForm("/returns", validForm("P02", previous.toString(), "Another project's words")));
        identity.as(ApiTestSupport.LEAD);
        Document other = Jsoup.parse(body(exchange(client, HttpRequest.GET("/returns/new?project=P02&month=" + month))));
        assertEquals("", other.getElementById("submittedBy").val(), "another project's return is never carried into the lead's form");
        assertEquals(null, other.getElementById("prefill-notice"));
    }

    @Test
    void aDraftIsSavedResumedAuditedAndRemovedWhenTheReturnIsSubmitted() {
        YearMonth month = YearMonth.now(ProgrammeTime.ZONE).minusMonths(4);
        identity.as(ApiTestSupport.LEAD);
        long recorded = ledger.count();
        int objects = archive.listKeys("returns/").size();
        Map<String, String> form = validForm("P01", month.toString(), "Half written");
        form.put("scores.c03", "9"); // a draft keeps even a bad value, to be put right before submitting
        HttpResponse<String> saved = exchange(client, postForm("/returns/drafts", form));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertEquals("/returns/new?project=P01&month=" + month + "&saved=true", saved.header("Location"));
        assertEquals(recorded, ledger.count(), "a draft is not a return");
        assertEquals(objects, archive.listKeys("returns/").size(), "a draft is never in the raw bucket");

        Document resumed = Jsoup.parse(body(exchange(client, HttpRequest.GET(saved.header("Location")))));
        assertTrue(resumed.selectFirst(".govuk-notification-banner--success").text().contains("Your draft was saved"));
        assertEquals("Half written", resumed.getElementById("progressCommentary").val());
        Document later = Jsoup.parse(body(exchange(client, HttpRequest.GET("/returns/new?project=P01&month=" + month))));
        assertTrue(later.getElementById("draft-notice").text().contains("continuing the draft"), later.text());
        assertEquals("Half written", later.getElementById("progressCommentary").val());
        assertEquals(List.of("/returns/new?project=P01&month=" + month), Jsoup.parse(body(exchange(client,
                HttpRequest.GET("/my-projects")))).select("#drafts + p + ul a").eachAttr("href"), "my projects lists the draft");

        form.put("scores.c03", "3");
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/returns", form)).getStatus());
        assertTrue(drafts.find(ApiTestSupport.LEAD, "P01", month).isEmpty(), "submitting removes the draft");
        assertTrue(Jsoup.parse(body(exchange(client, HttpRequest.GET("/my-projects")))).getElementById("drafts") == null);
        List<AuditAction> actions = audit.between(Instant.now().minusSeconds(600), Instant.now().plusSeconds(60), 500).stream()
                .filter(e -> e.actor().equals(ApiTestSupport.LEAD) && e.detail().contains(month.toString()))
                .map(e -> e.action()).toList();
        assertTrue(actions.contains(AuditAction.DRAFT_SAVED) && actions.contains(AuditAction.DRAFT_REMOVED), actions.toString());
    }

    @Test
    void draftsOfOtherProjectsAndOtherPeopleAreRefused() {
        YearMonth month = YearMonth.now(ProgrammeTime.ZONE).minusMonths(5);
        identity.as(ApiTestSupport.LEAD);
        HttpResponse<String> refused = exchange(client, postForm("/returns/drafts", validForm("P02", month.toString(), "Not mine")));
        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
        Document page = Jsoup.parse(body(refused));
        assertEquals("#projectId", page.selectFirst(".govuk-error-summary__list a").attr("href"));
        assertTrue(drafts.forUser(ApiTestSupport.LEAD).stream().noneMatch(d -> d.projectId().equals("P02")), "nothing is saved");

        identity.as(ApiTestSupport.OFFICE);
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/returns/drafts",
                validForm("P01", month.toString(), "The office's own draft"))).getStatus());
        identity.as(ApiTestSupport.LEAD);
        Document form = Jsoup.parse(body(exchange(client, HttpRequest.GET("/returns/new?project=P01&month=" + month))));
        assertFalse(form.text().contains("The office's own draft"), "a draft is its author's alone");
        assertEquals(null, form.getElementById("draft-notice"));

        HttpResponse<String> noMonth = exchange(client, postForm("/returns/drafts", Map.of("projectId", "P01", "reportingMonth", "")));
        assertEquals(HttpStatus.BAD_REQUEST, noMonth.getStatus());
        assertEquals("#reportingMonth", Jsoup.parse(body(noMonth)).selectFirst(".govuk-error-summary__list a").attr("href"));
    }

    @Test
    void aLeadReadsEveryVersionOfTheirOwnReturnsAndNoOneElses() {
        YearMonth month = YearMonth.now(ProgrammeTime.ZONE).minusMonths(6);
        identity.as(ApiTestSupport.LEAD);
        Map<String, String> form = validForm("P01", month.toString(), "First go");
        String first = key(exchange(client, postForm("/returns", form)));
        form.put("progressCommentary", "Second go");
        String second = key(exchange(client, postForm("/returns", form)));

        Document history = Jsoup.parse(body(exchange(client, HttpRequest.GET("/projects/P01/returns"))));
        List<String> hrefs = history.select(".govuk-summary-list__actions a").eachAttr("href");
        assertTrue(hrefs.indexOf(versionHref(second)) >= 0 && hrefs.indexOf(versionHref(second)) < hrefs.indexOf(versionHref(first)),
                "both versions, newest first: " + hrefs);
        Document version = Jsoup.parse(body(exchange(client, HttpRequest.GET(versionHref(first)))));
        assertTrue(version.text().contains("First go") && version.text().contains("version 1"), version.text());

        identity.as(ApiTestSupport.OFFICE);
        String others = key(exchange(client, postForm("/returns", validForm("P02", month.toString(), "Office only"))));
        assertEquals(HttpStatus.OK, exchange(client, HttpRequest.GET("/projects/P01/returns")).getStatus(), "the office reads all");
        assertEquals(HttpStatus.OK, exchange(client, HttpRequest.GET(versionHref(others))).getStatus());
        identity.as(ApiTestSupport.LEAD);
        assertEquals(HttpStatus.FORBIDDEN, exchange(client, HttpRequest.GET("/projects/P02/returns")).getStatus());
        HttpResponse<String> notMine = exchange(client, HttpRequest.GET(versionHref(others)));
        assertEquals(HttpStatus.NOT_FOUND, notMine.getStatus());
        assertFalse(body(notMine).contains("Office only"));
    }

    @Test
    void theReceiptShowsTheReferenceAndIsEmailedToTheLead() throws Exception {
        YearMonth month = YearMonth.now(ProgrammeTime.ZONE).minusMonths(7);
        identity.as(ApiTestSupport.LEAD);
        HttpResponse<String> response = exchange(client, postForm("/returns", validForm("P01", month.toString(), "Receipt please")));
        assertTrue(response.header("Location").contains("emailed=sent"), response.header("Location"));
        RawKey key = new RawKey(key(response));
        Document receipt = Jsoup.parse(body(exchange(client, HttpRequest.GET(response.header("Location")))));
        assertTrue(receipt.select(".govuk-panel__body").text().contains(key.reference()));
        assertTrue(receipt.text().contains(key.value()), "the raw object's key is shown");
        assertTrue(receipt.getElementById("receipt-email").text().contains("emailed this receipt"));

        String email = emailsTo("lead@example.org").stream().filter(e -> e.contains(key.reference())).findFirst()
                .orElseThrow(() -> new AssertionError("no receipt email with " + key.reference()));
        assertTrue(email.contains("Subject: Receipt: monthly return for P01"), email);
        assertTrue(email.contains("/projects/P01/returns"), email);
    }

    @Test
    void theJsonApiEmailsTheSameReceiptRemovesTheDraftAndSaysSo() throws Exception {
        YearMonth month = YearMonth.now(ProgrammeTime.ZONE).minusMonths(6);
        identity.as(ApiTestSupport.LEAD);
        Map<String, String> form = validForm("P01", month.toString(), "Sent by a script");
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/returns/drafts", form)).getStatus());

        HttpResponse<String> posted = exchange(client, HttpRequest.POST("/api/returns", ApiTestSupport.returnJson(form)));
        assertEquals(HttpStatus.CREATED, posted.getStatus(), body(posted));
        assertTrue(body(posted).contains("\"receiptEmailed\":true"), body(posted));
        RawKey key = new RawKey(body(posted).replaceAll("(?s).*\"key\":\"([^\"]+)\".*", "$1"));
        assertTrue(emailsTo("lead@example.org").stream().anyMatch(e -> e.contains(key.reference())
                && e.contains("Subject: Receipt: monthly return for P01")), "the receipt is emailed to the lead");
        assertTrue(drafts.find(ApiTestSupport.LEAD, "P01", month).isEmpty(), "submitting removes the draft");

        HttpResponse<String> again = exchange(client, HttpRequest.POST("/api/returns", ApiTestSupport.returnJson(form)));
        assertEquals(HttpStatus.OK, again.getStatus(), body(again));
        assertTrue(body(again).contains("\"receiptEmailed\":false"), "a duplicate gets no second receipt: " + body(again));
        assertEquals(1, emailsTo("lead@example.org").stream().filter(e -> e.contains(key.reference())).count());
    }

    @Test
    void everyTypedValueIsKeptWhenTheFormIsRefusedRepeatedGroupsIncluded() {
        identity.as(ApiTestSupport.LEAD);
        Map<String, String> form = new LinkedHashMap<>(validForm("P01", YearMonth.now(ProgrammeTime.ZONE).minusMonths(8).toString(), ""));
        for (int i = 0; i < 7; i++) { // more rows than the empty form shows
            form.put("milestones[" + i + "].name", "Milestone " + i);
            form.put("milestones[" + i + "].baseline", (i + 1) + "/3/2026");
            form.put("milestones[" + i + "].forecast", (i + 1) + "/4/2026");
            form.put("milestones[" + i + "].complete", i % 2 == 0 ? "yes" : "no");
        }
        String[] kpiIds = {"K21", "CK3", "K21", "CK3"};
        for (int i = 0; i < kpiIds.length; i++) {
            form.put("kpiValues[" + i + "].kpiId", kpiIds[i]);
            form.put("kpiValues[" + i + "].value", String.valueOf(10 + i));
        }
        form.put("percentComplete", "55");
        form.put("improvementAreas.C3", "yes");
        form.put("improvementAreas.C9", "yes");
        form.put("finance.shortTermSavings", "£1,000");
        form.put("finance.longTermSavings", "2000");
        form.put("finance.costToDeliver", "not a number");
        form.put("finance.safetyValveImpact", "HIGH");
        form.put("finance.financeAssured", "no");
        form.put("overallRag", "RED");
        HttpResponse<String> response = exchange(client, postForm("/returns", form));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        Document page = Jsoup.parse(body(response));
        List<String> lost = new java.util.ArrayList<>();
        form.forEach((name, value) -> {
            if (!shownBack(page, name, value)) {
                lost.add(name + "=" + value);
            }
        });
        assertEquals(List.of(), lost, "every value typed is on the page again");
    }

    /** Is the value on the page again in the field of that name, whatever kind of field it is? */
    private static boolean shownBack(Document page, String name, String value) {
        String quoted = "[name=\"" + name + "\"]";
        Element select = page.selectFirst("select" + quoted);
        if (select != null) {
            Element selected = select.selectFirst("option[selected]");
            return selected != null && selected.val().equals(value);
        }
        Element textarea = page.selectFirst("textarea" + quoted);
        if (textarea != null) {
            return textarea.val().replace("\r\n", "\n").equals(value.replace("\r\n", "\n"));
        }
        List<Element> choices = page.select("input[type=radio]" + quoted + ", input[type=checkbox]" + quoted);
        if (!choices.isEmpty()) {
            return choices.stream().anyMatch(c -> c.hasAttr("checked") && (c.val().equals(value) || c.attr("type").equals("checkbox")));
        }
        Element input = page.selectFirst("input" + quoted);
        return input != null && input.val().equals(value);
    }

    private static String key(HttpResponse<String> response) {
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus(), body(response));
        String location = response.header("Location");
        String raw = location.substring(location.indexOf("key=") + 4).replace("&duplicate=true", "");
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String versionHref(String key) {
        return "/returns/versions?key=" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private List<String> emailsTo(String address) throws Exception {
        Path outbox = ApiTestSupport.outbox(LeadReturnsTest.class);
        try (Stream<Path> files = Files.list(outbox)) {
            List<String> all = new java.util.ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                if (text.contains("To: " + address)) {
                    all.add(text);
                }
            }
            return all;
        }
    }

    /** The due date as the page writes it. */
    private static final class LeadFormatForTest {
        static String day(LocalDate date) {
            return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", java.util.Locale.UK).format(date);
        }
    }
}
