package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.KpiSheet;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.kpi.KpiStore;

/**
 * The performance team's monthly KPI figures through the same upload path as returns: the template downloaded,
 * filled in and uploaded through the real API Gateway proxy handler, kept in S3Proxy, recorded in H2. The
 * test KPIs are K21 (a percentage) and CK3 (a count); each test uses months of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiObservationUploadTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    @Inject
    ApplicationContext context;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    private ApiTestSupport.Browser browser() {
        return ApiTestSupport.browser(server.getApplicationContext(), server.getURI(), identity.username());
    }

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    private static YearMonth monthsAgo(int n) {
        return YearMonth.now().minusMonths(n);
    }

    private static Map<String, Object> row(String kpiId, Object month, Object value, String reason) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(KpiSheet.KPI_ID.header(), kpiId);
        row.put(KpiSheet.MONTH.header(), month);
        row.put(KpiSheet.VALUE.header(), value);
        row.put(KpiSheet.REASON.header(), reason);
        return row;
    }

    private static byte[] csv(List<Map<String, Object>> rows) {
        return SheetFixtures.csv(KpiSheet.SCHEMA.headers(), rows, StandardCharsets.UTF_8, true);
    }

    private Map<String, Object> upload(String fileName, byte[] file) {
        return UploadSupport.awaitRead(client, UploadSupport.idFrom(
                UploadSupport.postFile(browser(), "kpi-observations", fileName, file, false)));
    }

    private KpiStore.RecordedValue inForce(String kpiId, YearMonth month) {
        return kpis.latestOf(kpiId, null, month).orElseThrow(() -> new AssertionError("no " + kpiId + " " + month));
    }

    private static int count(Map<String, Object> upload, String what) {
        return ((Number) upload.get(what)).intValue();
    }

    /** The round trip: download the workbook, fill it in as Excel would, upload it, recorded. */
    @Test
    void theDownloadedWorkbookFilledInAndUploadedIsRecorded() {
        byte[] template = java.util.Base64.getDecoder().decode(
                ApiTestSupport.getThroughHandler(context, "/templates/kpi-observations.xlsx").getBody());
        YearMonth month = monthsAgo(2);
        byte[] filled = SheetFixtures.fillXlsx(template, KpiSheet.SCHEMA.sheetName(), List.of(
                row("K21", month.format(MONTH_WORDS), 45.5, null),
                row("CK3", month.toString(), 598, null)));

        Map<String, Object> upload = upload("kpi figures.xlsx", filled);

        assertEquals("ACCEPTED", upload.get("state"), upload.toString());
        assertEquals(2, count(upload, "recorded"));
        assertEquals("45.5", inForce("K21", month).observation().value().toPlainString());
        assertEquals("598", inForce("CK3", month).observation().value().toPlainString());
        assertTrue(inForce("CK3", month).programmeLevel(), "the performance team's figures are Kent-wide");
    }

    @Test
    void theCsvTemplateHasTheSameColumnsAndAFilledCopyIsRecorded() {
        var download = ApiTestSupport.getThroughHandler(context, "/templates/kpi-observations.csv");
        String template = download.getIsBase64Encoded()
                ? new String(java.util.Base64.getDecoder().decode(download.getBody()), StandardCharsets.UTF_8) : download.getBody();
        assertEquals(String.join(",", KpiSheet.SCHEMA.headers()), template.lines().findFirst().orElseThrow().replace("\uFEFF", ""));

        Map<String, Object> upload = upload("kpis.csv", csv(List.of(row("CK3", monthsAgo(3).toString(), "612", ""))));

        assertEquals("ACCEPTED", upload.get("state"), upload.toString());
        assertEquals(1, inForce("CK3", monthsAgo(3)).observation().version());
    }

    @Test
    void aRevisedFigureWithItsReasonIsTheNextVersionAndTheSameFigureAgainChangesNothing() {
        YearMonth month = monthsAgo(4);
        assertEquals("ACCEPTED", upload("first.csv", csv(List.of(row("CK3", month.toString(), "600", "")))).get("state"));

        Map<String, Object> revised = upload("revised.csv", csv(List.of(
                row("CK3", month.toString(), "590", "Ten reviews were counted twice"))));
        Map<String, Object> again = upload("again.csv", csv(List.of(
                row("CK3", month.toString(), "590.0", ""))));

        assertEquals("ACCEPTED", revised.get("state"), revised.toString());
        assertEquals(1, count(revised, "recorded"));
        KpiStore.RecordedValue now = inForce("CK3", month);
        assertEquals(2, now.observation().version());
        assertEquals("Ten reviews were counted twice", now.reason());
        assertEquals("ACCEPTED", again.get("state"), again.toString());
        assertEquals(0, count(again, "recorded"));
        assertEquals(1, count(again, "unchanged"), "the same figure is no revision, so needs no reason");
        assertEquals(2, inForce("CK3", month).observation().version());
    }

    /** Every refusal the issue names, each a problem on its own row; the good row in the file is not recorded either. */
    @Test
    void everyBadRowIsReportedWithItsRowAndColumnAndNothingIsRecorded() {
        YearMonth month = monthsAgo(5);
        assertEquals("ACCEPTED", upload("first.csv", csv(List.of(row("CK3", month.toString(), "700", "")))).get("state"));
        byte[] bad = csv(List.of(
                row("K21", month.toString(), "47", ""),                     // row 2: good
                row("K99", month.toString(), "12", ""),                     // row 3: unknown KPI
                row("K21", YearMonth.now().plusMonths(1).toString(), "47", ""), // row 4: a month not yet over
                row("CK3", month.toString(), "650", ""),                    // row 5: a revision without a reason
                row("K21", monthsAgo(6).toString(), "150", ""),             // row 6: not a percentage
                row("CK3", monthsAgo(6).toString(), "12.5", ""),            // row 7: not a count
                row("K21", month.toString(), "48", "")));                   // row 8: K21 for the month again

        Map<String, Object> upload = upload("bad.csv", bad);

        assertEquals("REJECTED", upload.get("state"), upload.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) upload.get("problems");
        assertEquals(List.of("3 KPI ID", "4 Month", "5 Revision reason", "6 Value", "7 Value", "8 KPI ID"),
                problems.stream().map(p -> p.get("row") + " " + p.get("column")).toList(), problems.toString());
        List<String> messages = problems.stream().map(p -> (String) p.get("message")).toList();
        assertTrue(messages.get(0).startsWith("There is no KPI 'K99' on the programme's KPI list: use one of CK3, K21"), messages.get(0));
        assertTrue(messages.get(1).startsWith("Month must not be after the month of upload"), messages.get(1));
        assertEquals("CK3 already has 700 count for " + month + " (version 1); 650 would revise it, so give the reason"
                + " for the revision in Revision reason", messages.get(2));
        assertEquals("K21 is measured in '%', so Value must be a percentage from 0 to 100, written as 42.5 (not 0.425 or"
                + " 42.5%); found '150'", messages.get(3));
        assertEquals("CK3 is measured in 'count', so Value must be a whole number of 0 or more; found '12.5'", messages.get(4));
        assertEquals("K21 for " + month + " is already on row 2: give each KPI one figure a month, and delete the other row",
                messages.get(5));
        assertTrue(kpis.latestOf("K21", null, month).isEmpty(), "the good row is not recorded either");
        assertEquals("700", inForce("CK3", month).observation().value().toPlainString());
    }
}
