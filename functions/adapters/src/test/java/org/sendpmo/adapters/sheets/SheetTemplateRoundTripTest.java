package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.sheets.ReturnSheet.ReturnRow;
import org.sendpmo.adapters.sheets.ReturnSheet.ValidReturn;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnFinance;
import org.sendpmo.returns.SafetyValveImpact;
import org.sendpmo.risk.ActionStatus;
import org.sendpmo.risk.EntryType;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskScore;
import org.sendpmo.scoring.Criterion;

/** Download a template, fill it in, upload it: accepted with N rows. */
class SheetTemplateRoundTripTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static List<Map<String, Object>> risks(int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(SheetFixtures.riskRow(String.format("R%03d", i)));
        }
        return rows;
    }

    private static List<Map<String, Object>> returns() {
        return List.of(SheetFixtures.returnRow("P01", "March 2026"), SheetFixtures.returnRow("P02", "2026-03"),
                SheetFixtures.returnRow("P01", "Apr-2026"));
    }

    @Test
    void xlsxRiskTemplateFilledInIsAcceptedWithEveryRow() {
        byte[] filled = SheetFixtures.fillXlsx(SheetTemplates.xlsx(RiskSheet.SCHEMA), "Risk register", risks(3));
        SheetResult<RiskEntry> result = RiskSheet.parse(filled, SheetFixtures.projects());
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.rows().size());
        assertEquals(List.of(2, 3, 4), result.rows().stream().map(SheetResult.Row::row).toList());
        assertExpectedEntry(result.values().get(0));
    }

    @Test
    void csvRiskTemplateFilledInIsAcceptedWithEveryRow() {
        String template = new String(SheetTemplates.csv(RiskSheet.SCHEMA), StandardCharsets.UTF_8);
        assertTrue(template.startsWith("\uFEFF"), "the CSV template starts with a byte-order mark");
        List<String> headers = List.of(template.substring(1).strip().split(","));
        assertEquals(RiskSheet.SCHEMA.headers(), headers);
        byte[] filled = SheetFixtures.csv(headers, risks(4), StandardCharsets.UTF_8, true);
        SheetResult<RiskEntry> result = RiskSheet.parse(filled, SheetFixtures.projects());
        assertEquals(List.of(), result.problems());
        assertEquals(4, result.rows().size());
        assertExpectedEntry(result.values().get(0));
    }

    private static void assertExpectedEntry(RiskEntry e) {
        assertEquals("R001", e.id());
        assertEquals(EntryType.RISK, e.type());
        assertEquals(RiskCategory.RECRUITMENT_WORKFORCE, e.category());
        assertEquals(List.of("P01", "P07"), e.projectIds());
        assertEquals(EnumSet.of(ImprovementArea.C1, ImprovementArea.C6), e.improvementAreas());
        assertEquals(new RiskScore(4, 5), e.inherent());
        assertEquals(new RiskScore(3, 4), e.current());
        assertEquals(new RiskScore(2, 3), e.target());
        assertEquals(1, e.controls().size());
        assertEquals(2, e.actions().size());
        assertEquals(LocalDate.of(2026, 6, 30), e.actions().get(0).dueDate());
        assertEquals(LocalDate.of(2026, 4, 15), e.actions().get(1).dueDate());
        assertEquals(ActionStatus.IN_PROGRESS, e.actions().get(0).status());
        assertEquals(0, new BigDecimal("0.10").compareTo(e.kris().get(0).amber()));
        assertEquals(0, new BigDecimal("0.2").compareTo(e.kris().get(0).red()));
        assertEquals(0, new BigDecimal("0.12").compareTo(e.kris().get(0).latest().value()));
        assertEquals(YearMonth.of(2026, 3), e.kris().get(0).latest().month());
        assertEquals(EscalationStatus.ESCALATED_TO_OG, e.escalation());
        assertEquals(LocalDate.of(2026, 3, 25), e.lastReviewed());
    }

    @Test
    void xlsxReturnTemplateFilledInIsAcceptedAndValidated() {
        byte[] filled = SheetFixtures.fillXlsx(SheetTemplates.xlsx(ReturnSheet.SCHEMA), "Returns", returns());
        assertReturnsAccepted(ReturnSheet.parse(filled));
    }

    @Test
    void csvReturnTemplateFilledInIsAcceptedAndValidated() {
        byte[] filled = SheetFixtures.csv(ReturnSheet.SCHEMA.headers(), returns(), StandardCharsets.UTF_8, true);
        assertReturnsAccepted(ReturnSheet.parse(filled));
    }

    private static void assertReturnsAccepted(SheetResult<ReturnRow> parsed) {
        assertEquals(List.of(), parsed.problems());
        assertEquals(3, parsed.rows().size());
        ReturnRow first = parsed.values().get(0);
        assertEquals("2026-03", first.draft().reportingMonth());
        assertEquals("45", first.draft().percentComplete(), "45% in the sheet is 45 in a return");

        SheetResult<ValidReturn> valid = ReturnSheet.validate(parsed, SheetFixtures.validator(), NOW);
        assertEquals(List.of(), valid.problems());
        assertEquals(3, valid.rows().size());
        var ret = valid.values().get(0).value();
        assertEquals(YearMonth.of(2026, 3), ret.reportingMonth());
        assertEquals(Rag.AMBER, ret.overallRag());
        assertEquals(2, ret.milestones().size());
        assertEquals(LocalDate.of(2026, 9, 1), ret.milestones().get(0).baseline());
        assertEquals(LocalDate.of(2026, 10, 15), ret.milestones().get(0).forecast());
        assertTrue(ret.milestones().get(1).complete());
        assertEquals(2, ret.scores().score(Criterion.C01).getAsInt());
        assertEquals(List.of("Recruitment of two caseworkers is late"), ret.keyRisksAndIssues());
        assertEquals(new BigDecimal("45"), ret.percentComplete());
        assertEquals(new ReturnFinance(new BigDecimal("1250000"), new BigDecimal("1250000"), new BigDecimal("80000"),
                SafetyValveImpact.MEDIUM, true), ret.finance());
        assertEquals(EnumSet.of(ImprovementArea.C1, ImprovementArea.C6), ret.improvementAreas());
        assertEquals(List.of(new KpiValue("CK3", new BigDecimal("598")), new KpiValue("K21", new BigDecimal("42.5"))),
                ret.kpiValues());
        assertEquals(YearMonth.of(2026, 4), valid.values().get(2).value().reportingMonth());
    }

    @Test
    void excelTypedCellsAreReadAsStoredNotAsDisplayed() throws Exception {
        byte[] template = SheetTemplates.xlsx(ReturnSheet.SCHEMA);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = wb.getSheet("Returns");
            Map<String, Object> values = SheetFixtures.returnRow("P01", "March 2026");
            Row row = sheet.createRow(1);
            Row head = sheet.getRow(0);
            for (int c = 0; c < head.getLastCellNum(); c++) {
                Object v = values.get(head.getCell(c).getStringCellValue());
                if (v != null) {
                    row.createCell(c).setCellValue(SheetFixtures.text(v));
                }
            }
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            var pounds = wb.createCellStyle();
            pounds.setDataFormat(wb.createDataFormat().getFormat("\"£\"#,##0.00"));
            var monthYear = wb.createCellStyle();
            monthYear.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
            var ukDate = wb.createCellStyle();
            ukDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            set(row, ReturnSheet.PERCENT_COMPLETE, 0.45, percent);
            set(row, ReturnSheet.SHORT_TERM_SAVINGS, 1_250_000d, pounds);
            set(row, ReturnSheet.REPORTING_MONTH, 46082d, monthYear); // 1 March 2026
            set(row, ReturnSheet.MILESTONE_COLUMNS.get(0).baseline(), 46266d, ukDate); // 1 September 2026
            set(row, ReturnSheet.MILESTONE_COLUMNS.get(0).forecast(), 46310d, null); // 15 October 2026, General: a serial
            set(row, ReturnSheet.SCORE_COLUMNS.get(Criterion.C01), 4d, null);
            set(row, ReturnSheet.KPI_COLUMNS.get(0).value(), 42.5, null);
            row.createCell(ReturnSheet.SCHEMA.indexOf(ReturnSheet.FINANCE_ASSURED)).setCellValue(true);
            wb.write(out);
        }
        SheetResult<ReturnRow> parsed = ReturnSheet.parse(out.toByteArray());
        assertEquals(List.of(), parsed.problems());
        ReturnRow r = parsed.values().get(0);
        assertEquals("45", r.draft().percentComplete());
        assertEquals("1250000", r.draft().finance().shortTermSavings());
        assertEquals("2026-03", r.draft().reportingMonth());
        assertEquals("2026-09-01", r.draft().milestones().get(0).baseline());
        assertEquals("2026-10-15", r.draft().milestones().get(0).forecast());
        assertEquals("4", r.draft().scores().get("c01"));
        assertEquals("yes", r.draft().finance().financeAssured());
        assertEquals(new org.sendpmo.returns.ReturnDraft.KpiValueDraft("K21", "42.5"), r.draft().kpiValues().get(0));
    }

    private static void set(Row row, SheetColumn column, double value, org.apache.poi.ss.usermodel.CellStyle style) {
        var cell = row.createCell(ReturnSheet.SCHEMA.indexOf(column));
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    @Test
    void xlsxTemplateHasFrozenHeaderDropDownsAndNotesForEveryColumn() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(SheetTemplates.xlsx(RiskSheet.SCHEMA)))) {
            XSSFSheet data = wb.getSheet("Risk register");
            Row head = data.getRow(0);
            for (int c = 0; c < RiskSheet.SCHEMA.columns().size(); c++) {
                assertEquals(RiskSheet.SCHEMA.columns().get(c).header(), head.getCell(c).getStringCellValue());
            }
            PaneInformation pane = data.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            long dropDowns = RiskSheet.SCHEMA.columns().stream().filter(SheetColumn::hasDropDown).count();
            List<? extends DataValidation> validations = data.getDataValidations();
            assertEquals(dropDowns, validations.size());
            assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getFormula1().startsWith("Lists!")));
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("Lists")));
            XSSFSheet notes = wb.getSheet("Notes");
            for (int c = 0; c < RiskSheet.SCHEMA.columns().size(); c++) {
                SheetColumn col = RiskSheet.SCHEMA.columns().get(c);
                Row r = notes.getRow(c + 3);
                assertEquals(col.header(), r.getCell(0).getStringCellValue());
                assertFalse(r.getCell(3).getStringCellValue().isBlank());
            }
            assertEquals("A whole number from 1 to 5", notes.getRow(3 + RiskSheet.SCHEMA.indexOf(RiskSheet.CURRENT.impact()))
                    .getCell(3).getStringCellValue());
        }
    }

    @Test
    void returnsTemplateNotesCoverEveryColumn() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(SheetTemplates.xlsx(ReturnSheet.SCHEMA)))) {
            assertEquals(ReturnSheet.SCHEMA.columns().size() + 2, wb.getSheet("Notes").getPhysicalNumberOfRows());
            assertEquals(ReturnSheet.SCHEMA.columns().stream().filter(SheetColumn::hasDropDown).count(),
                    wb.getSheet("Returns").getDataValidations().size());
        }
    }
}
