package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskRegister;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Uploading spreadsheets through the real API Gateway proxy handler, with the file kept in a real
 * S3Proxy and recorded in H2: the plain form post, the presigned PUT the page's script uses, and
 * what the person sees and can download afterwards.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadFlowTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    EmbeddedServer server;

    @Inject
    ReturnLedger ledger;

    @Inject
    RiskRegister register;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    static String month(int monthsAgo) {
        return YearMonth.now().minusMonths(monthsAgo).toString();
    }

    @Test
    void aFormPostedReturnsFileIsStoredReadAndRecorded() {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(2)),
                SheetFixtures.returnRow("P02", month(2))));
        UploadSupport.Posted posted = UploadSupport.postFile(browser(), "returns", "returns.csv", csv, false);
        assertEquals(303, posted.code());
        String id = UploadSupport.idFrom(posted);
        Map<String, Object> upload = UploadSupport.awaitRead(client, id);

        assertEquals("ACCEPTED", upload.get("state"), upload.toString());
        assertEquals(2, ((Number) upload.get("rowsRead")).intValue());
        assertEquals(2, ((Number) upload.get("recorded")).intValue());
        assertEquals(1, ledger.history("P02").stream().filter(r -> r.content().reportingMonth().toString().equals(month(2))).count());
        assertTrue(kpis.latest(YearMonth.now(), java.time.Instant.now().plusSeconds(1)).stream().anyMatch(v -> "P02".equals(v.projectId())
                && v.observation().month().toString().equals(month(2))), "the return's KPI value is recorded with it");
        assertTrue(S3.client().headObject(b -> b.bucket(S3ProxyExtension.RAW_BUCKET)
                .key("uploads/returns/" + YearMonth.now() + "/" + RawKey.sha256(csv))).contentLength() == csv.length,
                "the raw file is kept unchanged under kind, month and SHA-256");
        String page = ApiTestSupport.body(ApiTestSupport.exchange(client, HttpRequest.GET("/uploads/" + id)));
        assertTrue(page.contains("2 rows accepted"), page);
    }

    @Inject
    io.micronaut.context.ApplicationContext context;

    /** The round trip: download the template, fill it in as Excel would, upload it, accepted. */
    @Test
    void theDownloadedWorkbookFilledInAndUploadedIsAccepted() {
        var download = ApiTestSupport.getThroughHandler(context, "/templates/returns.xlsx");
        byte[] template = java.util.Base64.getDecoder().decode(download.getBody());
        byte[] filled = SheetFixtures.fillXlsx(template, "Returns", List.of(SheetFixtures.returnRow("P01", month(10)),
                SheetFixtures.returnRow("P02", month(10))));

        Map<String, Object> upload = UploadSupport.awaitRead(client, UploadSupport.idFrom(
                UploadSupport.postFile(browser(), "returns", "filled template.xlsx", filled, false)));

        assertEquals("ACCEPTED", upload.get("state"), upload.toString());
        assertEquals(2, ((Number) upload.get("recorded")).intValue());
    }

    @Test
    void theSameFileAgainIsRecognisedNotReadTwice() {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(3))));
        String first = UploadSupport.idFrom(UploadSupport.postFile(browser(), "returns", "a.csv", csv, false));
        UploadSupport.awaitRead(client, first);
        long versions = ledger.history("P01").size();

        UploadSupport.Posted again = UploadSupport.postFile(browser(), "returns", "a-copy.csv", csv, false);
        assertEquals("/uploads/" + first + "?again=true", again.location());
        String page = ApiTestSupport.body(ApiTestSupport.exchange(client, HttpRequest.GET(again.location())));
        assertTrue(page.contains("You uploaded this exact file before"), page);
        assertEquals(versions, ledger.history("P01").size());
    }

    @Test
    void aChangedReturnForTheSameMonthBecomesANewVersionAndTheEarlierStays() {
        Map<String, Object> row = SheetFixtures.returnRow("P02", month(4));
        UploadSupport.awaitRead(client, UploadSupport.idFrom(UploadSupport.postFile(browser(), "returns", "v1.csv",
                SheetFixtures.returnsCsv(List.of(row)), false)));
        row.put("Overall RAG", "Red");
        Map<String, Object> second = UploadSupport.awaitRead(client, UploadSupport.idFrom(UploadSupport.postFile(browser(),
                "returns", "v2.csv", SheetFixtures.returnsCsv(List.of(row)), false)));

        assertEquals(1, ((Number) second.get("recorded")).intValue());
        var versions = ledger.history("P02").stream().filter(r -> r.content().reportingMonth().toString().equals(month(4))).toList();
        assertEquals(List.of(2, 1), versions.stream().map(r -> r.version()).toList());
        assertEquals("RED", versions.get(0).content().overallRag().name());
    }

    @Test
    void aFileWithProblemsRecordsNothingAndReportsEveryProblemAsPageCsvAndJson() {
        Map<String, Object> bad = SheetFixtures.returnRow("P01", month(1));
        bad.put("C03 score", "High");
        bad.put("Progress commentary", "=HYPERLINK(\"http://evil\")");
        Map<String, Object> unknown = SheetFixtures.returnRow("P99", month(1));
        long before = ledger.count();
        String id = UploadSupport.idFrom(UploadSupport.postFile(browser(), "returns", "bad.csv",
                SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P02", month(1)), bad, unknown)), false));
        Map<String, Object> upload = UploadSupport.awaitRead(client, id);

        assertEquals("REJECTED", upload.get("state"));
        assertEquals(before, ledger.count(), "nothing from a rejected file is recorded, not even its good rows");
        List<?> problems = (List<?>) upload.get("problems");
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains("row=3") && p.toString().contains("C03 score")
                && p.toString().contains("High")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains("row=4") && p.toString().contains("P99")), problems.toString());

        String page = ApiTestSupport.body(ApiTestSupport.exchange(client, HttpRequest.GET("/uploads/" + id)));
        assertTrue(page.contains("File not accepted"), page);
        assertFalse(page.contains("<a href=\"http://evil"), "text from the file is escaped");
        HttpResponse<String> csv = ApiTestSupport.exchange(client, HttpRequest.GET("/uploads/" + id + "/problems.csv"));
        assertTrue(csv.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(ApiTestSupport.body(csv).startsWith("\uFEFFSheet,Row,Column,Value found,What is wrong"));
    }

    @Test
    void aDryRunReportsButRecordsNothing() {
        long before = ledger.count();
        String id = UploadSupport.idFrom(UploadSupport.postFile(browser(), "returns", "check.csv",
                SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(5)))), true));
        Map<String, Object> upload = UploadSupport.awaitRead(client, id);

        assertEquals("ACCEPTED", upload.get("state"));
        assertEquals(true, upload.get("dryRun"));
        assertEquals(0, ((Number) upload.get("recorded")).intValue());
        assertEquals(before, ledger.count());
        assertTrue(id.startsWith("check-returns-"), id);
    }

    @Test
    void aRiskRegisterIsRecorded() {
        String id = UploadSupport.idFrom(UploadSupport.postFile(browser(), "risk-register", "register.csv",
                SheetFixtures.riskCsv(List.of(riskRow("R901"), riskRow("R902"))), false));
        Map<String, Object> upload = UploadSupport.awaitRead(client, id);

        assertEquals("ACCEPTED", upload.get("state"), upload.toString());
        assertEquals(2, ((Number) upload.get("recorded")).intValue());
        assertEquals(1, register.history("R901").size());
    }

    /** The fixture links P01 and P07; the api tests know P01 and P02. */
    private static Map<String, Object> riskRow(String id) {
        Map<String, Object> row = SheetFixtures.riskRow(id);
        row.put("Linked projects", "P01; P02");
        return row;
    }

    @Test
    void theFileNameIsShownButNeverUsedAsAPath() {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(6))));
        String id = UploadSupport.idFrom(UploadSupport.postFile(browser(), "returns", "../../../etc/\u202Egpj.csv", csv, false));
        Map<String, Object> upload = UploadSupport.awaitRead(client, id);

        assertEquals("gpj.csv", upload.get("fileName"), "directories and the right-to-left override are dropped");
        List<String> keys = S3.client().listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(S3ProxyExtension.RAW_BUCKET).build())
                .contents().stream().map(o -> o.key()).toList();
        assertTrue(keys.stream().allMatch(k -> k.startsWith("uploads/") || k.startsWith("checks/") || k.startsWith("returns/")), keys.toString());
    }

    @Test
    void anEmptyFileOrNoFileOrNoKindIsRefusedOnTheForm() {
        UploadSupport.Posted empty = UploadSupport.postFile(browser(), "returns", "empty.csv", new byte[0], false);
        assertEquals(400, empty.code());
        assertTrue(empty.body().contains("The file is empty"));
        UploadSupport.Posted noKind = UploadSupport.postFile(browser(), "", "x.csv", "a".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(400, noKind.code());
        assertTrue(noKind.body().contains("Choose what the file holds"));
    }

    @Test
    void aFileOverTheFormLimitIsRefusedBeforeItIsStored() {
        byte[] big = new byte[4 * 1024 * 1024 + 10];
        UploadSupport.Posted response = UploadSupport.postFile(browser(), "returns", "big.csv", big, false);
        assertEquals(413, response.code());
        assertTrue(response.body().contains("Turn JavaScript on"), response.body());
    }

    @Test
    void thePresignedPutStoresTheFileOnceAndIsReadAfterTheBrowserSaysItWasSent() throws Exception {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P02", month(7))));
        Map<String, Object> started = UploadSupport.start(client, "returns", "from-browser.csv", csv.length, RawKey.sha256(csv), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> put = (Map<String, Object>) started.get("put");

        assertEquals(200, UploadSupport.put(put, csv), "the browser's PUT, with the signed headers");
        assertEquals(412, UploadSupport.put(put, csv), "the same URL again cannot overwrite the object");
        client.exchange(HttpRequest.POST((String) started.get("sentUrl"), ""));
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) started.get("upload")).get("id");
        assertEquals("ACCEPTED", UploadSupport.awaitRead(client, id).get("state"));

        Map<String, Object> again = UploadSupport.start(client, "returns", "again.csv", csv.length, RawKey.sha256(csv), false);
        assertEquals(true, again.get("alreadyUploaded"));
        assertEquals(null, again.get("put"));
    }

    @Test
    void aFileStoredByABrowserThatNeverSaidSoIsReadWhenItsPageIsOpened() throws Exception {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(11))));
        Map<String, Object> started = UploadSupport.start(client, "returns", "closed-tab.csv", csv.length, RawKey.sha256(csv), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> put = (Map<String, Object>) started.get("put");
        assertEquals(200, UploadSupport.put(put, csv));
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) started.get("upload")).get("id");
        Thread.sleep(300);
        assertEquals("PENDING", client.retrieve(HttpRequest.GET("/api/uploads/" + id), Map.class).get("state"),
                "nothing reads it yet: the browser did not say it was sent, and the local run has no storage event");

        client.exchange(HttpRequest.GET("/uploads/" + id), String.class);

        assertEquals("ACCEPTED", UploadSupport.awaitRead(client, id).get("state"));
    }

    @Test
    void bytesThatDoNotMatchTheHashTheBrowserGaveAreNotRead() throws Exception {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P02", month(8))));
        byte[] other = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(8))));
        Map<String, Object> started = UploadSupport.start(client, "returns", "x.csv", other.length, RawKey.sha256(csv), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> put = (Map<String, Object>) started.get("put");
        UploadSupport.put(put, other);
        client.exchange(HttpRequest.POST((String) started.get("sentUrl"), ""));
        @SuppressWarnings("unchecked")
        Map<String, Object> upload = UploadSupport.awaitRead(client, (String) ((Map<String, Object>) started.get("upload")).get("id"));

        assertEquals("REJECTED", upload.get("state"));
        assertTrue(upload.get("problems").toString().contains("SHA-256 differs"), upload.toString());
    }

    @Test
    void aStartForAFileOverTheLimitIsRefusedWithTheLimit() {
        HttpResponse<String> response = ApiTestSupport.exchange(client, HttpRequest.POST("/api/uploads",
                Map.of("kind", "returns", "fileName", "huge.xlsx", "sizeBytes", 11L * 1024 * 1024, "sha256", "a".repeat(64), "dryRun", false)));
        assertEquals(413, response.code());
        assertTrue(ApiTestSupport.body(response).contains("the largest file accepted is 10 MB"), ApiTestSupport.body(response));
    }

    @Test
    void twentyUploadsAtOnceAreAllStoredAndRead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<String>> uploads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Map<String, Object> row = SheetFixtures.returnRow(i % 2 == 0 ? "P01" : "P02", month(9));
                row.put("Progress commentary", "Concurrent upload number " + i);
                byte[] csv = SheetFixtures.returnsCsv(List.of(row));
                String name = "c" + i + ".csv";
                uploads.add(() -> UploadSupport.idFrom(UploadSupport.postFile(browser(), "returns", name, csv, false)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(uploads)) {
                ids.add(f.get());
            }
            assertEquals(20, ids.stream().distinct().count());
            for (String id : ids) {
                assertEquals("ACCEPTED", UploadSupport.awaitRead(client, id).get("state"), id);
            }
            long versions = ledger.history("P01").stream().filter(r -> r.content().reportingMonth().toString().equals(month(9))).count()
                    + ledger.history("P02").stream().filter(r -> r.content().reportingMonth().toString().equals(month(9))).count();
            assertEquals(20, versions, "each upload is one new version; none lost");
        } finally {
            pool.shutdownNow();
        }
    }

    private ApiTestSupport.Browser browser() {
        return ApiTestSupport.browser(server.getApplicationContext(), server.getURI(), identity.username());
    }
}
