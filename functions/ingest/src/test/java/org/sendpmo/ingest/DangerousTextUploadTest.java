package org.sendpmo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.adapters.uploads.ProblemCsv;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskRegister;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadProblem;
import org.sendpmo.uploads.UploadStore;

/**
 * What real spreadsheets may hold and is accepted, though it would be dangerous if run: text that a
 * spreadsheet would take for a formula, and HTML or script. Through the whole upload path it is stored as
 * the text it is, and the problem report (a CSV people open in Excel) neutralises it. Real S3Proxy and H2.
 */
class DangerousTextUploadTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /** Cells a spreadsheet would run as a formula; a tab or carriage return in front is stripped with the other spaces. */
    private static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://evil\",\"click\")", "+44 1622 000000",
            "-not a formula", "@SUM(A1)", "\t=1+2", "\r=cmd|' /C calc'!A0");
    /**
     * The same, short enough to be reported in full from a number column. (A plain signed number such as
     * "-1" is left as a number in CSVs the product writes: it cannot run anything.)
     */
    private static final List<String> FORMULA_LIKE_NUMBERS = List.of("=1+2", "+A1", "-A1+1", "@A1", "\t=2+3", "\r=cmd|'/C calc'!A0");

    private static UploadTestApp app;

    @BeforeAll
    static void start() {
        app = UploadTestApp.start(S3, "dangerous-text-upload-test", 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void formulaLikeCellsAreStoredAsText() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < FORMULA_LIKE.size(); i++) {
            Map<String, Object> row = SheetFixtures.riskRow("R50" + i);
            row.put("Title", FORMULA_LIKE.get(i));
            row.put("Owner", FORMULA_LIKE.get(i));
            rows.add(row);
        }

        accepted(UploadKind.RISK_REGISTER, SheetFixtures.riskCsv(rows));

        RiskRegister register = app.bean(RiskRegister.class);
        for (int i = 0; i < FORMULA_LIKE.size(); i++) {
            String recorded = register.history("R50" + i).get(0).entry().title();
            assertEquals(FORMULA_LIKE.get(i).strip(), recorded, "kept as the text it is, not run or changed");
            assertEquals(recorded, register.history("R50" + i).get(0).entry().owner());
        }
    }

    @Test
    void formulaLikeValuesAreNeutralisedInTheProblemCsv() throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < FORMULA_LIKE_NUMBERS.size(); i++) {
            rows.add(SheetFixtures.riskRow("R60" + i));
            rows.get(i).put("Current impact", FORMULA_LIKE_NUMBERS.get(i));
        }
        Upload upload = rejected(UploadKind.RISK_REGISTER, SheetFixtures.riskCsv(rows));
        List<String> found = FORMULA_LIKE_NUMBERS.stream().map(String::strip).toList();
        assertEquals(found, upload.outcome().problems().stream().map(UploadProblem::value).toList(), "each value is reported as found");

        List<CSVRecord> report = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(ProblemCsv.of(upload).substring(1))).getRecords();

        assertEquals(found.size(), report.size());
        for (int i = 0; i < report.size(); i++) {
            assertEquals("'" + found.get(i), report.get(i).get("Value found"), "shown as text in Excel, never run");
            assertTrue(report.get(i).get("What is wrong").startsWith("Current impact must be"), report.get(i)::toString);
        }
    }

    @Test
    void htmlAndScriptInTextFieldsAreStoredAsText() {
        String script = "<script>alert('x')</script><b>bold</b>";
        String markup = "<img src=x onerror=alert(1)> & \"quotes\"";
        Map<String, Object> risk = SheetFixtures.riskRow("R701");
        risk.put("Description", script);
        risk.put("Title", markup);
        Map<String, Object> ret = SheetFixtures.returnRow("P07", YearMonth.now(ProgrammeTime.ZONE).minusMonths(1).toString());
        ret.put("Progress commentary", script);

        accepted(UploadKind.RISK_REGISTER, SheetFixtures.riskCsv(List.of(risk)));
        accepted(UploadKind.RETURNS, SheetFixtures.returnsCsv(List.of(ret)));

        RiskRegister register = app.bean(RiskRegister.class);
        assertEquals(script, register.history("R701").get(0).entry().description(), "stored as text, for the views to escape");
        assertEquals(markup, register.history("R701").get(0).entry().title());
        assertEquals(script, app.bean(ReturnLedger.class).history("P07").get(0).content().progressCommentary());
    }

    private static Upload accepted(UploadKind kind, byte[] bytes) {
        return read(kind, bytes, "ACCEPTED");
    }

    private static Upload rejected(UploadKind kind, byte[] bytes) {
        return read(kind, bytes, "REJECTED");
    }

    private static Upload read(UploadKind kind, byte[] bytes, String state) {
        Upload stored = app.stored(kind, "dangerous.csv", bytes, false, Instant.now());
        assertEquals(List.of(stored.id() + " " + state), app.deliver(stored.key()),
                () -> String.valueOf(app.bean(UploadStore.class).find(stored.id()).orElseThrow().outcome()));
        return app.bean(UploadStore.class).find(stored.id()).orElseThrow();
    }
}
