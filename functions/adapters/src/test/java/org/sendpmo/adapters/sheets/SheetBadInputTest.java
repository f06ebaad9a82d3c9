package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.sheets.ReturnSheet.ReturnRow;
import org.sendpmo.adapters.sheets.ReturnSheet.ValidReturn;
import org.sendpmo.risk.RiskEntry;

/**
 * The catalogue of bad inputs, each generated here, each with its own specific rejection (or, for
 * what real spreadsheets legitimately contain, its acceptance). Nothing is recorded by a parse, so
 * "nothing recorded" is that no rows come back with the problems.
 */
class SheetBadInputTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final List<String> HEADERS = RiskSheet.SCHEMA.headers();

    private static SheetResult<RiskEntry> parse(byte[] bytes) {
        return RiskSheet.parse(bytes, SheetFixtures.projects());
    }

    private static byte[] riskCsv(List<Map<String, Object>> rows) {
        return SheetFixtures.csv(HEADERS, rows, StandardCharsets.UTF_8, false);
    }

    private static byte[] riskCsv(Map<String, Object> row) {
        return riskCsv(List.of(row));
    }

    private static Map<String, Object> risk(String column, Object value) {
        Map<String, Object> row = SheetFixtures.riskRow("R001");
        row.put(column, value);
        return row;
    }

    /** Exactly one problem, on this row and column, with this message. */
    private static SheetProblem onlyProblem(SheetResult<?> result) {
        // rows that read cleanly are kept for later checks, but the file is not accepted: nothing is recorded
        assertFalse(result.accepted(), "a file with problems is not accepted");
        assertEquals(1, result.problems().size(), () -> "one problem expected: " + result.problems());
        return result.problems().get(0);
    }

    private static void assertRejected(SheetResult<?> result, String messageContains) {
        SheetProblem p = onlyProblem(result);
        assertTrue(p.message().contains(messageContains), () -> "message was: " + p.message());
    }

    private static void assertProblem(SheetResult<?> result, int row, String column, String value, String message) {
        SheetProblem p = onlyProblem(result);
        assertEquals(row, p.row());
        assertEquals(column, p.column());
        assertEquals(value, p.value());
        assertEquals(message, p.message());
    }

    private static byte[] template() {
        return SheetFixtures.fillXlsx(SheetTemplates.xlsx(RiskSheet.SCHEMA), "Risk register", List.of(SheetFixtures.riskRow("R001")));
    }

    // --- the file as a whole ---

    @Test
    void emptyFile() {
        assertRejected(parse(new byte[0]), "The file is empty");
    }

    @Test
    void notCsvOrXlsxWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRejected(parse(png), "not a CSV or XLSX spreadsheet, whatever its name says");
    }

    @Test
    void aWordDocumentIsNotAWorkbook() {
        byte[] docx = SheetFixtures.rezip(template(), Map.of("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertRejected(parse(docx), "not an Excel workbook");
    }

    @Test
    void oldBinaryXls() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Risk register").createRow(0).createCell(0).setCellValue("Risk ID");
            wb.write(out);
        }
        SheetProblem p = onlyProblem(parse(out.toByteArray()));
        assertTrue(p.message().startsWith("The file is an old Excel 97-2003 workbook (.xls), which is not accepted."), p.message());
        assertTrue(p.message().contains("Excel Workbook (*.xlsx)"), p.message());
    }

    @Test
    void macroEnabledXlsm() {
        byte[] xlsx = template();
        String types = SheetFixtures.entry(xlsx, "[Content_Types].xml").replace(SheetFormat.XLSX_WORKBOOK, SheetFormat.XLSM_WORKBOOK);
        byte[] xlsm = SheetFixtures.rezip(xlsx, Map.of("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8),
                "xl/vbaProject.bin", new byte[] {1, 2, 3}));
        assertRejected(parse(xlsm), "macro-enabled workbook (.xlsm)");
    }

    @Test
    void passwordProtectedXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {4, 0, 4, 0, 0x40, 0, 0, 0}), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertRejected(parse(out.toByteArray()), "protected with a password (encrypted)");
    }

    @Test
    void zipBomb() {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        sheet.append("<!--").append("a".repeat(30_000_000)).append("-->").append(row).append("</sheetData></worksheet>");
        byte[] bomb = SheetFixtures.rezip(template(), Map.of("xl/worksheets/sheet1.xml", sheet.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(bomb.length < 200_000, "30 MB compresses to " + bomb.length + " bytes");
        assertRejected(parse(bomb), "zip bomb");
    }

    @Test
    void xlsxWithAnExternalEntity() {
        byte[] xlsx = template();
        String sheet = SheetFixtures.entry(xlsx, "xl/worksheets/sheet1.xml");
        String withEntity = sheet.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replace("R001", "&xxe;");
        byte[] evil = SheetFixtures.rezip(xlsx, Map.of("xl/worksheets/sheet1.xml", withEntity.getBytes(StandardCharsets.UTF_8)));
        assertRejected(parse(evil), "declares a DOCTYPE or external entity, which is not allowed");
    }

    @Test
    void headerButNoRows() {
        assertRejected(parse(riskCsv(List.of())), "has a header row but no data rows");
    }

    // --- the header row ---

    @Test
    void missingHeaderColumn() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.remove("Owner");
        SheetResult<RiskEntry> result = parse(SheetFixtures.csv(headers, List.of(SheetFixtures.riskRow("R001")), StandardCharsets.UTF_8, false));
        assertProblem(result, 1, "Owner", "",
                "Column 'Owner' is missing from the header row: add it (the template has it), even if you leave it blank");
    }

    @Test
    void renamedHeaderColumn() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.set(headers.indexOf("Owner"), "Risk owner");
        Map<String, Object> row = SheetFixtures.riskRow("R001");
        row.put("Risk owner", row.remove("Owner"));
        SheetResult<RiskEntry> result = parse(SheetFixtures.csv(headers, List.of(row), StandardCharsets.UTF_8, false));
        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).message().startsWith("Unknown column 'Risk owner' in column F"), result.problems()::toString);
        assertEquals("Column 'Owner' is missing from the header row: add it (the template has it), even if you leave it blank",
                result.problems().get(1).message());
    }

    @Test
    void renamedHeaderInAnXlsxStopsTheReadingWithTheHeaderProblems() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.set(headers.indexOf("Status"), "State");
        Map<String, Object> row = risk("State", "Open");
        row.remove("Status");
        SheetResult<RiskEntry> result = parse(SheetFixtures.xlsx("Register 2026", headers, List.of(row)));
        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertEquals("Register 2026", result.sheet());
        assertEquals(new SheetProblem("Register 2026", 1, "Status", "",
                "Column 'Status' is missing from the header row: add it (the template has it), even if you leave it blank"),
                result.problems().get(1));
    }

    @Test
    void afterAThousandProblemsTheRestIsNotChecked() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            Map<String, Object> row = SheetFixtures.riskRow("R" + i);
            row.put("Current impact", "High");
            rows.add(row);
        }
        SheetResult<RiskEntry> result = parse(riskCsv(rows));
        assertEquals(SheetParser.MAX_PROBLEMS + 1, result.problems().size());
        assertTrue(result.problems().get(SheetParser.MAX_PROBLEMS).message().startsWith("There are more than 1000 problems"));
    }

    @Test
    void semicolonSeparatedCsv() {
        String csv = String.join(";", HEADERS) + "\r\nR001;Risk\r\n";
        SheetProblem p = onlyProblem(parse(csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(p.message().startsWith("The columns are separated by semicolons, not commas."), p.message());
    }

    @Test
    void duplicatedHeaderColumn() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.add("  title ");
        SheetResult<RiskEntry> result = parse(SheetFixtures.csv(headers, List.of(SheetFixtures.riskRow("R001")), StandardCharsets.UTF_8, false));
        assertProblem(result, 1, "Title", "title", "Column 'Title' appears twice, in columns C and AV: delete one of them");
    }

    @Test
    void columnsInAnotherOrderWithOtherCaseAndSpacesAreAccepted() {
        List<String> headers = new ArrayList<>(HEADERS);
        java.util.Collections.reverse(headers);
        List<String> messy = headers.stream().map(h -> "  " + h.toUpperCase() + " ").toList();
        Map<String, Object> row = SheetFixtures.riskRow("R001");
        Map<String, Object> messyRow = new java.util.HashMap<>();
        row.forEach((k, v) -> messyRow.put("  " + k.toUpperCase() + " ", v));
        SheetResult<RiskEntry> result = parse(SheetFixtures.csv(messy, List.of(messyRow), StandardCharsets.UTF_8, false));
        assertEquals(List.of(), result.problems());
        assertEquals("R001", result.values().get(0).id());
    }

    // --- encodings and what real spreadsheets contain ---

    @Test
    void windows1252CsvWithPoundSignIsAccepted() {
        Map<String, Object> row = SheetFixtures.returnRow("P01", "March 2026");
        row.put("Progress commentary", "Spent £12,000 on the café pilot");
        byte[] bytes = SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), List.of(row), CP1252, false);
        SheetResult<ReturnRow> result = ReturnSheet.parse(bytes);
        assertEquals(List.of(), result.problems());
        assertEquals("Spent £12,000 on the café pilot", result.values().get(0).draft().progressCommentary());
        assertEquals("1250000", result.values().get(0).draft().finance().shortTermSavings());
    }

    @Test
    void utf8CsvWithByteOrderMarkIsAccepted() {
        Map<String, Object> row = risk("Title", "Café provision — £ and “quotes”");
        SheetResult<RiskEntry> result = parse(SheetFixtures.csv(HEADERS, List.of(row), StandardCharsets.UTF_8, true));
        assertEquals(List.of(), result.problems());
        assertEquals("Café provision — £ and “quotes”", result.values().get(0).title());
    }

    @Test
    void trailingBlankRowsAndSurroundingSpacesAreIgnored() {
        String csv = new String(riskCsv(risk("Owner", "   Head of SEND   ")), StandardCharsets.UTF_8) + ",,,\r\n\r\n,,\r\n";
        SheetResult<RiskEntry> result = parse(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.rows().size());
        assertEquals("Head of SEND", result.values().get(0).owner());
    }

    // --- cell values ---

    @Test
    void impossibleDate() {
        assertProblem(parse(riskCsv(risk("Last reviewed", "31/02/2026"))), 2, "Last reviewed", "31/02/2026",
                "Last reviewed must be a real date (there is no 31 February 2026); found '31/02/2026'."
                        + " Use a date such as 25/03/2025, 25-Mar-2025 or 2025-03-25");
    }

    @Test
    void criterionScoreHigh() {
        Map<String, Object> row = SheetFixtures.returnRow("P01", "March 2026");
        row.put("C04 score", "High");
        SheetResult<ReturnRow> result = ReturnSheet.parse(SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), List.of(row),
                StandardCharsets.UTF_8, false));
        assertProblem(result, 2, "C04 score", "High", "C04 score must be a whole number from 1 to 5; found 'High'");
    }

    @Test
    void impactHigh() {
        assertProblem(parse(riskCsv(risk("Current impact", "High"))), 2, "Current impact", "High",
                "Current impact must be a whole number from 1 to 5; found 'High'");
    }

    @Test
    void likelihoodSix() {
        assertProblem(parse(riskCsv(risk("Inherent likelihood", 6))), 2, "Inherent likelihood", "6",
                "Inherent likelihood must be a whole number from 1 to 5; found '6'");
    }

    @Test
    void textOverTheColumnsLimit() {
        String title = "x".repeat(301);
        SheetProblem p = onlyProblem(parse(riskCsv(risk("Title", title))));
        assertEquals("Title", p.column());
        assertEquals("Title must be 300 characters or fewer; found 301 characters starting '" + "x".repeat(40) + "…'", p.message());
    }

    @Test
    void shortColumnOverItsLimit() {
        SheetProblem p = onlyProblem(parse(riskCsv(risk("Risk ID", "R" + "0".repeat(34)))));
        assertEquals("Risk ID must be 30 characters or fewer; found 35 characters starting 'R" + "0".repeat(29) + "…'", p.message());
    }

    @Test
    void bidirectionalOverrideCharacter() {
        SheetProblem p = onlyProblem(parse(riskCsv(risk("Owner", "Head of \u202Efdp.exe"))));
        assertEquals("Owner", p.column());
        assertEquals("Head of <U+202E>fdp.exe", p.value());
        assertTrue(p.message().startsWith("Owner contains the bidirectional formatting character U+202E at position 9"), p.message());
    }

    @Test
    void controlCharacter() {
        SheetProblem p = onlyProblem(parse(riskCsv(risk("Description", "Bell\u0007 here"))));
        assertEquals("Description contains the control character U+0007 at position 5; found 'Bell<U+0007> here'."
                + " Retype the text without it", p.message());
    }

    @Test
    void formulaLikeCellsAreKeptAsText() {
        List<Map<String, Object>> rows = List.of(risk("Title", "=HYPERLINK(\"http://evil\",\"click\")"),
                risk("Title", "+44 1622 000000"), risk("Title", "-not a formula"), risk("Title", "@SUM(A1)"));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("Risk ID", "R00" + (i + 1));
        }
        SheetResult<RiskEntry> result = parse(riskCsv(rows));
        assertEquals(List.of(), result.problems());
        assertEquals("=HYPERLINK(\"http://evil\",\"click\")", result.values().get(0).title());
        assertEquals("@SUM(A1)", result.values().get(3).title());
        assertEquals("'=HYPERLINK(\"http://evil\",\"click\")", CsvSafe.neutralise(result.values().get(0).title()));
        assertEquals("'+44 1622 000000", CsvSafe.neutralise("+44 1622 000000"));
        assertEquals("'\tx", CsvSafe.neutralise("\tx"));
        assertEquals("'\rx", CsvSafe.neutralise("\rx"));
        assertEquals("plain", CsvSafe.neutralise("plain"));
    }

    @Test
    void formulaCellInXlsxIsReadAsItsTextNotEvaluated() {
        byte[] xlsx = SheetFixtures.fillXlsx(SheetTemplates.xlsx(RiskSheet.SCHEMA), "Risk register",
                List.of(risk("Title", "=1+2")));
        SheetResult<RiskEntry> result = parse(xlsx);
        assertEquals(List.of(), result.problems());
        assertEquals("=1+2", result.values().get(0).title());
    }

    @Test
    void htmlAndScriptInTextAreKeptAsTextForTheViewToEscape() {
        String html = "<script>alert('x')</script><b>bold</b>";
        SheetResult<RiskEntry> result = parse(riskCsv(risk("Description", html)));
        assertEquals(List.of(), result.problems());
        assertEquals(html, result.values().get(0).description());
    }

    @Test
    void hiddenColumnsInAnXlsxAreRead() throws IOException {
        byte[] filled = template();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(filled))) {
            wb.getSheet("Risk register").setColumnHidden(RiskSheet.SCHEMA.indexOf(RiskSheet.OWNER), true);
            wb.write(out);
        }
        SheetResult<RiskEntry> result = parse(out.toByteArray());
        assertEquals(List.of(), result.problems());
        assertEquals("Head of SEND", result.values().get(0).owner());
    }

    @Test
    void duplicateRiskId() {
        assertProblem(parse(riskCsv(List.of(SheetFixtures.riskRow("R001"), SheetFixtures.riskRow("R002"), SheetFixtures.riskRow("r001")))),
                4, "Risk ID", "r001", "Risk ID 'r001' is already used on row 2: each entry needs its own id, and one entry is one row");
    }

    @Test
    void unknownLinkedProject() {
        assertProblem(parse(riskCsv(risk("Linked projects", "P01; P99"))), 2, "Linked projects", "P01; P99",
                "Linked projects names 'P99', which is not a project in the programme: use ids from the project list, such as P01");
    }

    @Test
    void unknownProjectAndFutureMonthInAReturnAreFoundByTheValidator() {
        Map<String, Object> row = SheetFixtures.returnRow("P99", "December 2026");
        SheetResult<ReturnRow> parsed = ReturnSheet.parse(SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), List.of(row),
                StandardCharsets.UTF_8, false));
        SheetResult<ValidReturn> result = ReturnSheet.validate(parsed, SheetFixtures.validator(), YearMonth.of(2026, 11));
        assertEquals(List.of(
                new SheetProblem("Returns", 2, "Project ID", "P99", "There is no project P99 in the programme: select one from the list"),
                new SheetProblem("Returns", 2, "Reporting month", "2026-12", "The reporting month cannot be after the current month, 2026-11")),
                result.problems());
    }

    @Test
    void twoReturnsForTheSameProjectAndMonth() {
        List<Map<String, Object>> rows = List.of(SheetFixtures.returnRow("P01", "March 2026"), SheetFixtures.returnRow("P01", "2026-03"));
        SheetResult<ValidReturn> result = ReturnSheet.validate(ReturnSheet.parse(SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), rows,
                StandardCharsets.UTF_8, false)), SheetFixtures.validator(), YearMonth.of(2026, 11));
        assertProblem(result, 3, "Project ID", "P01",
                "Project P01 already has a return for 2026-03 on row 2: a file may hold one return per project and month");
    }

    @Test
    void kpiValuesAreCheckedInTheSheetAndByTheValidatorOnTheirOwnColumns() {
        Map<String, Object> row = SheetFixtures.returnRow("P01", "March 2026");
        row.put("KPI 1 value", "42.5%");
        row.put("KPI 2 id", "K21");
        SheetResult<ReturnRow> parsed = ReturnSheet.parse(SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), List.of(row),
                StandardCharsets.UTF_8, false));
        assertEquals(List.of(
                new SheetProblem("Returns", 2, "KPI 1 value", "42.5%", "KPI 1 value must be a number in the KPI's own unit,"
                        + " such as 310 or 42.5 (a percentage as 42.5, without the % sign); found '42.5%'"),
                new SheetProblem("Returns", 2, "KPI 2 value", "", "KPI 2 value is required: enter a number in the KPI's own unit,"
                        + " such as 310 or 42.5 (a percentage as 42.5, without the % sign)")),
                parsed.problems());

        Map<String, Object> unknown = SheetFixtures.returnRow("P01", "March 2026");
        unknown.put("KPI 3 id", "K99");
        unknown.put("KPI 2 id", "K21");
        unknown.put("KPI 2 value", "40");
        unknown.put("Percent complete", "0");
        SheetResult<ValidReturn> result = ReturnSheet.validate(ReturnSheet.parse(SheetFixtures.csv(ReturnSheet.SCHEMA.headers(),
                List.of(unknown), StandardCharsets.UTF_8, false)), SheetFixtures.validator(), YearMonth.of(2026, 11));
        assertEquals(List.of(
                new SheetProblem("Returns", 2, "KPI 2 id", "K21", "KPI K21 already has a value (KPI value 1): give one value per KPI"),
                new SheetProblem("Returns", 2, "KPI 3 id", "K99", "There is no KPI K99 in the programme: use one of its KPI ids, CK3, K21")),
                result.problems());
    }

    @Test
    void halfFilledMilestoneGroup() {
        Map<String, Object> row = SheetFixtures.returnRow("P01", "March 2026");
        row.put("Milestone 2 name", "Training delivered");
        SheetResult<ReturnRow> result = ReturnSheet.parse(SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), List.of(row),
                StandardCharsets.UTF_8, false));
        assertEquals(3, result.problems().size(), result.problems()::toString);
        assertEquals("Milestone 2 baseline is required: enter a date such as 25/03/2025, 25-Mar-2025 or 2025-03-25",
                result.problems().get(0).message());
    }

    @Test
    void everyProblemOnEveryRowIsReported() {
        List<Map<String, Object>> rows = List.of(risk("Current impact", "High"), SheetFixtures.riskRow("R002"),
                risk("Status", "Pending"));
        rows.get(2).put("Risk ID", "R003");
        SheetResult<RiskEntry> result = parse(riskCsv(rows));
        assertEquals(List.of(2, 4), result.problems().stream().map(SheetProblem::row).toList());
        assertEquals("Status must be one of Open, Closed; found 'Pending'", result.problems().get(1).message());
        assertEquals("Risk register, row 4, column 'Status': Status must be one of Open, Closed; found 'Pending'",
                result.problems().get(1).describe());
    }
}
