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
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;

/**
 * The reference lists through the API Gateway v2 proxy: a changed risk appetite overrides the configured one from the
 * next pack built, whose method page says what was in force, and the pack built before keeps what it had; bad values
 * are refused on their field with nothing stored; every change is audited; group names show on the registry form; a
 * renamed board shows in the next pack and on the cycle form, and only the programme office may rename one.
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
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.GET("/office/reference/committees")).getStatus());
    }

    @Test
    void anEditedDescriptorIsInTheNextPackWhichSaysItWasEditedAndHashesIt() {
        String before = build("stsb-desc-before", YearMonth.of(2026, 4));
        assertEquals("Under £250k a year after two years", descriptorOnMethodPage(before, "c03", 2), "the configured text");
        assertTrue(method(before).select("#descriptors-edited").isEmpty(), "nothing edited, nothing said");

        Instant start = Instant.now();
        HttpResponse<String> saved = exchange(client, postForm("/office/reference/criterion-descriptors",
                Map.of("value.c03-2", "Under £300k a year after two years")));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertTrue(audit.between(start, Instant.now().plusSeconds(1), 20).stream().anyMatch(e -> e.action() == AuditAction.REFERENCE_LIST_CHANGED
                && e.actor().equals("office") && e.subject().equals("criterion-descriptors:c03-2")
                && e.detail().contains("the configured Under £250k a year after two years → Under £300k a year after two years")));

        String after = build("stsb-desc-after", YearMonth.of(2026, 5));
        assertEquals("Under £300k a year after two years", descriptorOnMethodPage(after, "c03", 2));
        assertEquals("Over £5m a year after two years", descriptorOnMethodPage(after, "c03", 5), "the others as configured");
        assertTrue(method(after).select("#descriptors-edited").text().contains("1 of the level descriptors were edited by the programme office, last by office"),
                method(after).select("#descriptors-edited").text());
        assertTrue(!methodologyDigest(before).equals(methodologyDigest(after)), "the manifest's methodology digest covers the edit");
        assertEquals(manifestField(before, "methodologyVersion"), manifestField(after, "methodologyVersion"),
                "the same methodology version: only the digest and the method page tell the packs apart");
        assertEquals("Under £250k a year after two years", descriptorOnMethodPage(before, "c03", 2), "the pack built before keeps its text");

        exchange(client, postForm("/office/reference/criterion-descriptors", Map.of("value.c03-2", "")));
        String cleared = build("stsb-desc-cleared", YearMonth.of(2026, 6));
        assertEquals("Under £250k a year after two years", descriptorOnMethodPage(cleared, "c03", 2), "cleared: the configured text again");
        assertEquals(methodologyDigest(before), methodologyDigest(cleared));
    }

    @Test
    void anOverLongDescriptorIsRefusedOnItsFieldAndNothingIsStored() {
        Document page = refusedAsOverLong("criterion-descriptors", "c01-1", 501, "c01-2");
        assertTrue(page.select(".govuk-error-summary").text().contains("The descriptor for C01 "), page.select(".govuk-error-summary").text());
        assertTrue(page.select(".govuk-error-summary").text().contains("must be 500 characters or fewer; it has 501"));
        Document stored = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/criterion-descriptors"))));
        assertTrue(stored.getElementById("row-c01-2").text().contains("Not changed"));
    }

    @Test
    void anOperationalGroupsNameShowsOnTheRegistryForm() {
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/reference/operational-groups",
                Map.of("value.1", "Health related, MI systems, Post 16 and Alternative Provision"))).getStatus());
        Document form = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/projects/new"))));
        assertEquals("1: Health related, MI systems, Post 16 and Alternative Provision",
                form.select("#operationalGroup option[value=1]").text());
    }

    @Test
    void aRenamedBoardIsInTheNextPackAndTheFormWhileAPackBuiltBeforeKeepsItsName() {
        String title = "SEND Transformation Strategic Board";
        String before = build("stsb-name-before", YearMonth.of(2025, 4));
        assertEquals(title + ": 20 May 2025", home(before).select("h1").text());

        Instant start = Instant.now();
        HttpResponse<String> saved = exchange(client, postForm("/office/reference/boards", Map.of("value.STSB", "SEND Improvement Board")));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertTrue(audit.between(start, Instant.now().plusSeconds(1), 20).stream().anyMatch(e -> e.action() == AuditAction.REFERENCE_LIST_CHANGED
                && e.actor().equals("office") && e.subject().equals("boards:STSB")
                && e.detail().contains("the configured " + title + " → SEND Improvement Board")));
        assertTrue(Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/boards")))).getElementById("row-STSB")
                .text().contains("By office"));

        // Another board meeting in between is not the previous cycle: that is found by the board's code.
        cycles.save(new BoardCycle("og1-2025-06", Board.OG1, Board.OG1.title(), LocalDate.of(2025, 6, 1), YearMonth.of(2025, 5),
                LocalDate.of(2025, 5, 26)));
        String after = build("stsb-name-after", YearMonth.of(2025, 5));
        assertEquals("SEND Improvement Board: 20 June 2025", home(after).select("h1").text());
        assertTrue(Jsoup.parse(TestPacks.page(S3, after, "changes.html")).text()
                .contains("Compared with the SEND Improvement Board pack of 20 May 2025"), "the previous cycle, under the new name");
        assertTrue(home(after).select("a:contains(" + title + ")").isEmpty() && !home(after).text().contains(title),
                "the new name everywhere in the pack, the previous cycle's included");
        assertEquals(title + ": 20 May 2025", home(before).select("h1").text(), "the pack built before keeps its name");
        assertTrue(Jsoup.parse(TestPacks.page(S3, "", "index.html")).text().contains("SEND Improvement Board"),
                "the index of all packs, remade by the build, uses the new name");
        assertEquals("SEND Improvement Board", Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/new"))))
                .select("#board option[value=STSB]").text(), "the cycle form offers the current name");
        String json = body(exchange(client, HttpRequest.GET("/api/cycles/stsb-name-before")));
        assertTrue(json.contains("\"board\":\"SEND Improvement Board\"") && json.contains("\"boardCode\":\"STSB\""), json);

        exchange(client, postForm("/office/reference/boards", Map.of("value.STSB", "  ")));
        assertEquals(title + ": 20 July 2025", home(build("stsb-name-cleared", YearMonth.of(2025, 6))).select("h1").text(),
                "cleared: the board's own title again");
        assertEquals("", Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/boards")))).getElementById("value-STSB").val());
    }

    @Test
    void anOverLongBoardNameIsRefusedOnItsFieldAndNothingIsStored() {
        Document page = refusedAsOverLong("boards", "OG1", 301, "OG2");
        assertTrue(page.select("#row-OG1 .govuk-error-message").text().contains("must be 300 characters or fewer; it has 301"),
                page.select("#row-OG1").text());
    }

    /** Sends an over-long value beside a good one: refused with a link to the long one's field, and neither stored. */
    private Document refusedAsOverLong(String list, String longCode, int length, String goodCode) {
        HttpResponse<String> refused = exchange(client, postForm("/office/reference/" + list,
                Map.of("value." + longCode, "x".repeat(length), "value." + goodCode, "A good new value")));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Document page = Jsoup.parse(body(refused));
        assertEquals("#value-" + longCode, page.select(".govuk-error-summary a").attr("href"));
        Document stored = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/" + list))));
        assertEquals("", stored.getElementById("value-" + goodCode).val(), "all or nothing: the good value was not stored either");
        return page;
    }

    @Test
    void aProjectLeadCannotRenameABoard() {
        identity.as(ApiTestSupport.LEAD);
        try {
            assertEquals(HttpStatus.FORBIDDEN, exchange(client, postForm("/office/reference/boards",
                    Map.of("value.SIAB", "Renamed by a lead"))).getStatus());
        } finally {
            identity.as(ApiTestSupport.OFFICE);
        }
        assertEquals("", Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/reference/boards")))).getElementById("value-SIAB").val());
        assertEquals("Kent SEND Strategic Improvement and Assurance Board", Jsoup.parse(body(exchange(client,
                HttpRequest.GET("/office/cycles/new")))).select("#board option[value=SIAB]").text());
    }

    private static Document home(String folder) {
        return Jsoup.parse(TestPacks.page(S3, folder, "index.html"));
    }

    private String build(String cycleId, YearMonth month) {
        return TestPacks.build(cycles, packs, cycleId, month);
    }

    private static Document method(String folder) {
        return Jsoup.parse(TestPacks.page(S3, folder, "method.html"));
    }

    private static String descriptorOnMethodPage(String folder, String criterion, int score) {
        return method(folder).select("table#" + criterion + " tbody tr").get(score - 1).select("td").first().text();
    }

    private static String methodologyDigest(String folder) {
        return manifestField(folder, "methodology");
    }

    /** A field of the build's manifest.json, which is written one field a line (see ManifestJson). */
    private static String manifestField(String folder, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\": \"([^\"]+)\"")
                .matcher(TestPacks.page(S3, folder, "manifest.json"));
        assertTrue(m.find(), "the manifest has " + key);
        return m.group(1);
    }

    private static String appetiteOnMethodPage(String folder) {
        return method(folder).select("#appetite tr:contains(Complaints) td").first().text();
    }
}
