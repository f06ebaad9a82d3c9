package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BoardPackJob;
import org.sendpmo.pack.BoardPackJobStore;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.PackBuild;

/**
 * The programme office's cycle workflow through the API Gateway v2 proxy: setting up and changing a cycle with
 * the form and with JSON (every problem on its field, nothing stored), then building its pack, marking it
 * final, being refused a build, downloading it as a zip, and reopening it. Each test uses cycles of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CycleWorkflowTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    CycleRepository cycles;

    @Inject
    BuildLedger builds;

    @Inject
    AuditLog audit;

    @Inject
    BoardPackJobStore boardPackJobs;

    @Inject
    ApplicationContext context;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void theFormSetsUpACycleWithTheRulesDatesAndAnAuditEntry() {
        Document form = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/new"))));
        assertEquals(10, form.select("select#board option[value~=.+]").size(), "the programme's boards");
        assertEquals("SEND Transformation Strategic Board", form.select("select#board option[selected]").text());

        HttpResponse<String> saved = exchange(client, postForm("/office/cycles",
                form("STSB", "16/12/2026", "2026-11", "", "")));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertEquals("/office/cycles/stsb-2026-12", saved.getHeaders().get("Location"));
        BoardCycle cycle = cycles.find("stsb-2026-12").orElseThrow();
        // 10 and 5 working days before Wednesday 16 December 2026 (no bank holidays in between)
        assertEquals(new BoardCycle("stsb-2026-12", Board.STSB, "SEND Transformation Strategic Board", LocalDate.of(2026, 12, 16),
                YearMonth.of(2026, 11), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 2)), cycle);
        assertTrue(entries(AuditAction.CYCLE_CREATED, "stsb-2026-12").stream().anyMatch(e -> e.actor().equals(ApiTestSupport.OFFICE)));

        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/stsb-2026-12"))));
        String details = page.select("dl.govuk-summary-list").text();
        assertTrue(details.contains("Returns due 2 December 2026") && details.contains("Data cut-off 9 December 2026"), details);
        assertEquals("2 of 2", page.getElementById("outstanding").text(), "neither project has returned for November");

        HttpResponse<String> clash = exchange(client, postForm("/office/cycles", form("STSB", "2/12/2026", "2026-11", "", "")));
        assertEquals(HttpStatus.BAD_REQUEST, clash.getStatus());
        assertTrue(errorOn(clash, "meetingDate").contains("already a SEND Transformation Strategic Board cycle for December 2026 (stsb-2026-12)"),
                body(clash));
    }

    @Test
    void badInputIsReportedOnEachFieldKeepsWhatWasTypedAndStoresNothing() {
        int before = cycles.all().size();
        HttpResponse<String> response = exchange(client, postForm("/office/cycles",
                form("NOT-A-BOARD", "31/2/2027", "November", "tomorrow", "")));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        Document page = Jsoup.parse(body(response));
        assertEquals(List.of("#board", "#meetingDate", "#reportingMonth", "#returnsDue"),
                page.select(".govuk-error-summary a").eachAttr("href"));
        assertTrue(errorOn(response, "meetingDate").contains("must be a real date"), errorOn(response, "meetingDate"));
        assertEquals("31/2/2027", page.getElementById("meetingDate").val(), "what was typed is kept");
        assertEquals("tomorrow", page.getElementById("returnsDue").val());
        assertTrue(page.title().startsWith("Error: "));

        HttpResponse<String> order = exchange(client, postForm("/office/cycles",
                form("SIAB", "20/1/2027", "2026-12", "15/1/2027", "21/1/2027")));
        assertEquals(HttpStatus.BAD_REQUEST, order.getStatus());
        assertTrue(errorOn(order, "cutOff").contains("on or before the meeting date (20/1/2027)"), body(order));
        HttpResponse<String> dueAfter = exchange(client, postForm("/office/cycles",
                form("SIAB", "20/1/2027", "2027-02", "15/1/2027", "12/1/2027")));
        assertTrue(errorOn(dueAfter, "returnsDue").contains("on or before the data cut-off (12/1/2027)"), body(dueAfter));
        assertTrue(errorOn(dueAfter, "reportingMonth").contains("must not be after the month of the meeting"), body(dueAfter));

        assertEquals(before, cycles.all().size(), "nothing stored");
        assertTrue(entries(AuditAction.CYCLE_CREATED, "siab-2027-01").isEmpty());
    }

    @Test
    void editingChangesTheDatesButNotTheIdOrBoard() {
        exchange(client, postForm("/office/cycles", form("OG2", "14/10/2026", "2026-09", "", "")));
        Document edit = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/og2-2026-10/edit"))));
        assertEquals("14/10/2026", edit.getElementById("meetingDate").val());
        assertTrue(edit.select("#board").isEmpty(), "the board is not changed by editing");

        HttpResponse<String> bad = exchange(client, postForm("/office/cycles/og2-2026-10",
                form("", "14/10/2026", "2026-09", "", "15/10/2026")));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(errorOn(bad, "cutOff").contains("on or before the meeting date"), body(bad));

        HttpResponse<String> saved = exchange(client, postForm("/office/cycles/og2-2026-10",
                form("", "15/10/2026", "2026-09", "1/10/2026", "9/10/2026")));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        BoardCycle changed = cycles.find("og2-2026-10").orElseThrow();
        assertEquals("SEND Transformation Operational Group 2", changed.board());
        assertEquals(LocalDate.of(2026, 10, 1), changed.returnsDue());
        assertEquals(LocalDate.of(2026, 10, 9), changed.cutOff());
        assertTrue(entries(AuditAction.CYCLE_CHANGED, "og2-2026-10").stream()
                .anyMatch(e -> e.detail().contains("meeting 2026-10-14 to 2026-10-15")), "the audit says what changed");
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, postForm("/office/cycles/no-such", form("", "1/1/2027", "2026-12", "", "")))
                .getStatus());
    }

    @Test
    void theJsonApiCreatesListsAndChangesCyclesWith422ForProblems() {
        HttpResponse<String> created = exchange(client, HttpRequest.POST("/api/cycles",
                "{\"board\":\"pdg\",\"meetingDate\":\"2026-09-23\",\"reportingMonth\":\"2026-08\"}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        assertTrue(body(created).contains("\"id\":\"pdg-2026-09\""), body(created));
        assertTrue(body(created).contains("\"boardCode\":\"PDG\""), body(created));

        HttpResponse<String> rejected = exchange(client, HttpRequest.POST("/api/cycles",
                "{\"board\":\"\",\"meetingDate\":\"2026-09-31\",\"reportingMonth\":\"2026-08\"}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, rejected.getStatus());
        assertTrue(body(rejected).contains("\"field\":\"board\"") && body(rejected).contains("\"field\":\"meetingDate\""), body(rejected));
        HttpResponse<String> malformed = exchange(client, HttpRequest.POST("/api/cycles", "{\"board\":").contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.BAD_REQUEST, malformed.getStatus());

        HttpResponse<String> changed = exchange(client, HttpRequest.PUT("/api/cycles/pdg-2026-09",
                "{\"meetingDate\":\"2026-09-24\",\"reportingMonth\":\"2026-08\",\"cutOff\":\"2026-09-30\"}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, changed.getStatus(), body(changed));
        assertTrue(body(changed).contains("\"field\":\"cutOff\""), body(changed));

        assertTrue(body(exchange(client, HttpRequest.GET("/api/cycles"))).contains("\"id\":\"pdg-2026-09\""));
        String detail = body(exchange(client, HttpRequest.GET("/api/cycles/pdg-2026-09")));
        assertTrue(detail.contains("\"outstandingReturns\":2") && !detail.contains("\"builds\":[{"), detail);
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.GET("/api/cycles/nope")).getStatus());
    }

    /** Build, mark final, be refused, download the zip, reopen with a reason, build again. */
    @Test
    void aFinalPackIsFrozenDownloadableAndReopenedOnlyWithAReason() throws Exception {
        exchange(client, postForm("/office/cycles", form("STSB", "18/11/2026", "2026-10", "", "")));
        String cycleId = "stsb-2026-11";
        PackBuild build = awaitEnd(idOf(exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/builds", ""))));
        assertEquals(ApiTestSupport.OFFICE, build.requestedBy());
        assertTrue(entries(AuditAction.BUILD_REQUESTED, cycleId).stream().anyMatch(e -> build.id().equals(e.reference())));

        HttpResponse<String> blankFinal = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/final", "{}")
                .contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, blankFinal.getStatus());
        assertFalse(siteObjectExists("cycles/" + cycleId + "/" + build.id() + "/board-pack.pdf"),
                "a build makes no PDF board pack: it is made at sign-off");
        HttpResponse<String> marked = exchange(client, ApiTestSupport.postForm("/office/cycles/" + cycleId + "/builds/" + build.id() + "/final", Map.of()));
        assertEquals(HttpStatus.SEE_OTHER, marked.getStatus(), body(marked));
        assertEquals(BoardPackJob.Status.READY, awaitBoardPack(build.id()).status(), "marking final started the PDF's job");
        assertTrue(siteObjectExists("cycles/" + cycleId + "/" + build.id() + "/board-pack.pdf"), "and the pack-builder's job made it");

        HttpResponse<String> refused = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/builds", ""));
        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertTrue(body(refused).contains("is final (build " + build.id()), body(refused));
        HttpResponse<String> refusedPage = exchange(client, ApiTestSupport.postForm("/office/cycles/" + cycleId + "/builds", Map.of()));
        assertEquals(HttpStatus.CONFLICT, refusedPage.getStatus());
        assertEquals(1, builds.forCycle(cycleId).size(), "no build was queued");
        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + cycleId))));
        assertTrue(page.getElementById("final").text().contains("Build " + build.id() + " is final for the meeting: marked by " + ApiTestSupport.OFFICE),
                page.getElementById("final").text());
        assertTrue(page.getElementById("build-" + build.id()).text().contains("final"));

        assertZipHoldsTheWholePack(cycleId, build.id());

        HttpResponse<String> noReason = exchange(client, postForm("/office/cycles/" + cycleId + "/reopen", Map.of("reason", " ")));
        assertEquals(HttpStatus.BAD_REQUEST, noReason.getStatus());
        assertTrue(errorOn(noReason, "reason").contains("Enter why the pack is being reopened"), body(noReason));
        HttpResponse<String> noReasonJson = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/reopen", "{}")
                .contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noReasonJson.getStatus());
        HttpResponse<String> reopened = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/reopen",
                "{\"reason\":\"P02 sent a corrected return\"}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.OK, reopened.getStatus(), body(reopened));
        assertTrue(body(reopened).contains("\"reason\":\"P02 sent a corrected return\""), body(reopened));
        assertFalse(body(reopened).contains("\"finalBuild\""), "not final: " + body(reopened));
        assertEquals(HttpStatus.CONFLICT, exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/reopen",
                "{\"reason\":\"again\"}").contentType(MediaType.APPLICATION_JSON)).getStatus(), "not final any more");

        Document after = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + cycleId))));
        assertTrue(after.getElementById("reopenings").text().contains(ApiTestSupport.OFFICE + " reopened build " + build.id()), after.text());
        assertEquals(HttpStatus.ACCEPTED, exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/builds", "")).getStatus());
        assertFalse(entries(AuditAction.BUILD_REOPENED, cycleId).isEmpty());
    }

    /**
     * A PDF board pack that cannot be made (its risks page gone from the bucket) is recorded and shown, leaves the
     * pack final, is refused to anyone but the office, and is made when the office asks again.
     */
    @Test
    void aFailedBoardPackIsShownLeavesThePackFinalAndIsMadeWhenAskedAgain() throws Exception {
        exchange(client, postForm("/office/cycles", form("PDG", "14/10/2026", "2026-09", "", "")));
        String cycleId = "pdg-2026-10";
        PackBuild build = awaitEnd(idOf(exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/builds", ""))));
        String risks = "cycles/" + cycleId + "/" + build.id() + "/risks.html";
        byte[] risksPage = S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(risks)).asByteArray();
        S3.client().deleteObject(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(risks));

        HttpResponse<String> marked = exchange(client, postForm("/office/cycles/" + cycleId + "/builds/" + build.id() + "/final", Map.of()));
        assertEquals(HttpStatus.SEE_OTHER, marked.getStatus(), body(marked));
        BoardPackJob failed = awaitBoardPack(build.id());
        assertEquals(BoardPackJob.Status.FAILED, failed.status());
        assertTrue(failed.message().contains("has no risks.html"), failed.message());
        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + cycleId))));
        assertNotNull(page.getElementById("final"), "the pack is still final");
        assertTrue(page.getElementById("board-pack-reason").text().contains("has no risks.html"), page.getElementById("board-pack").text());
        String json = body(exchange(client, HttpRequest.GET("/api/cycles/" + cycleId)));
        assertTrue(json.contains("\"finalBuild\":{\"buildId\":\"" + build.id()) && json.contains("\"status\":\"FAILED\"")
                && json.contains("\"canAskAgain\":true"), json);

        for (String refused : List.of(ApiTestSupport.BOARD, ApiTestSupport.LEAD)) {
            identity.as(refused);
            assertEquals(HttpStatus.FORBIDDEN, exchange(client, postForm("/office/cycles/" + cycleId + "/board-pack", Map.of())).getStatus());
        }
        identity.as(ApiTestSupport.OFFICE);
        assertEquals(BoardPackJob.Status.FAILED, boardPackJobs.find(build.id()).orElseThrow().status(), "nobody else started it");

        S3.client().putObject(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(risks).contentType("text/html; charset=utf-8"),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(risksPage));
        HttpResponse<String> again = exchange(client, postForm("/office/cycles/" + cycleId + "/board-pack", Map.of()));
        assertEquals(HttpStatus.SEE_OTHER, again.getStatus(), body(again));
        assertEquals(BoardPackJob.Status.READY, awaitBoardPack(build.id()).status());
        assertTrue(siteObjectExists("cycles/" + cycleId + "/" + build.id() + "/board-pack.pdf"));
        Document ready = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + cycleId))));
        assertEquals("/pack/cycles/" + cycleId + "/" + build.id() + "/board-pack.pdf", ready.getElementById("board-pack-link").attr("href"));
        assertTrue(ready.select("form[action$=/board-pack]").isEmpty(), "nothing to ask for once it is made");
        assertTrue(entries(AuditAction.BOARD_PACK_REQUESTED, cycleId).stream().anyMatch(e -> build.id().equals(e.reference())));
        HttpResponse<String> made = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/board-pack", ""));
        assertEquals(HttpStatus.CONFLICT, made.getStatus());
        assertTrue(body(made).contains("is already made"), body(made));
    }

    /** Before the sign-off the office can ask for the current build's PDF to check it; marking final keeps that PDF. */
    @Test
    void theCurrentBuildsBoardPackCanBeMadeBeforeTheSignOff() throws Exception {
        exchange(client, postForm("/office/cycles", form("PDG", "18/11/2026", "2026-10", "", "")));
        String cycleId = "pdg-2026-11";
        assertEquals(HttpStatus.CONFLICT, exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/board-pack", "")).getStatus(),
                "no pack yet, so no PDF");
        PackBuild build = awaitEnd(idOf(exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/builds", ""))));
        Document before = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + cycleId))));
        assertTrue(before.getElementById("board-pack").text().contains("Not made yet"), before.getElementById("board-pack").text());

        HttpResponse<String> asked = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/board-pack", ""));
        assertEquals(HttpStatus.OK, asked.getStatus(), body(asked));
        assertTrue(body(asked).contains("\"boardPack\":{\"buildId\":\"" + build.id() + "\""), body(asked));
        assertEquals(BoardPackJob.Status.READY, awaitBoardPack(build.id()).status());
        byte[] early = S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET)
                .key("cycles/" + cycleId + "/" + build.id() + "/board-pack.pdf")).asByteArray();

        HttpResponse<String> marked = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/final",
                "{\"buildId\":\"" + build.id() + "\"}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(HttpStatus.OK, marked.getStatus(), body(marked));
        assertTrue(body(marked).contains("\"status\":\"MAKING\""), "the final mark answers at once: " + body(marked));
        assertEquals(BoardPackJob.Status.READY, awaitBoardPack(build.id()).status());
        assertEquals(java.util.HexFormat.of().formatHex(early), java.util.HexFormat.of().formatHex(S3.client().getObjectAsBytes(
                r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key("cycles/" + cycleId + "/" + build.id() + "/board-pack.pdf")).asByteArray()),
                "the final build keeps the PDF checked before the sign-off");
    }

    /** The build's PDF job once it has ended (the in-process launcher runs it on its own thread). */
    private BoardPackJob awaitBoardPack(String buildId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<BoardPackJob> job = boardPackJobs.find(buildId).filter(j -> j.status() != BoardPackJob.Status.MAKING);
            if (job.isPresent()) {
                return job.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the PDF board pack of " + buildId + " was not made in 120 s: " + boardPackJobs.find(buildId));
    }

    private boolean siteObjectExists(String key) {
        try {
            S3.client().headObject(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(key));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private void assertZipHoldsTheWholePack(String cycleId, String buildId) throws IOException {
        var response = ApiTestSupport.getThroughHandler(context, "/office/cycles/" + cycleId + "/pack.zip");
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("attachment; filename=\"" + cycleId + "-assurance-pack-final-" + buildId + ".zip\"",
                response.getHeaders().get("Content-Disposition"));
        byte[] zip = response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(files.containsKey(cycleId + "/index.html"), files.keySet().toString());
        assertTrue(files.containsKey(cycleId + "/projects/P01.html"), files.keySet().toString());
        assertTrue(files.containsKey(cycleId + "/manifest.json"));
        assertTrue(new String(files.get(cycleId + "/board-pack.pdf"), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "the final pack comes with its PDF board pack");
        assertTrue(new String(files.get(cycleId + "/manifest.json"), StandardCharsets.UTF_8).contains("\"board-pack.pdf\""),
                "and its manifest lists it");
        Document project = Jsoup.parse(new String(files.get(cycleId + "/projects/P01.html"), StandardCharsets.UTF_8));
        List<String> hrefs = project.select("a[href], link[href]").eachAttr("href");
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) {
            assertFalse(href.startsWith("/") || href.startsWith("http"), "links stay inside the folder: " + href);
            String target = href.replaceAll("[#?].*", "");
            if (!target.isEmpty()) {
                String resolved = java.nio.file.Path.of(cycleId, "projects").resolve(target).normalize().toString().replace('\\', '/');
                assertNotNull(files.get(resolved), "the link " + href + " resolves inside the zip");
            }
        }
    }

    private static Map<String, String> form(String board, String meeting, String month, String due, String cutOff) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("board", board);
        form.put("meetingDate", meeting);
        form.put("reportingMonth", month);
        form.put("returnsDue", due);
        form.put("cutOff", cutOff);
        return form;
    }

    private static String errorOn(HttpResponse<String> response, String field) {
        Element error = Jsoup.parse(body(response)).getElementById(field + "-error");
        return error == null ? "" : error.text();
    }

    private List<AuditEntry> entries(AuditAction action, String subject) {
        return audit.between(Instant.EPOCH, Instant.now().plusSeconds(1), 1000).stream()
                .filter(e -> e.action() == action && e.subject().equals(subject)).toList();
    }

    private static String idOf(HttpResponse<String> started) {
        assertEquals(HttpStatus.ACCEPTED, started.getStatus(), body(started));
        return body(started).replaceAll(".*\"buildId\":\"([^\"]+)\".*", "$1");
    }

    private PackBuild awaitEnd(String buildId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            PackBuild b = builds.find(buildId).orElseThrow();
            if (b.finished()) {
                assertEquals(org.sendpmo.pack.BuildStatus.SUCCEEDED, b.status(), b.message());
                return b;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("build " + buildId + " did not finish in 60 s");
    }
}
