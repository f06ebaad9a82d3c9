package org.sendpmo.adapters.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;

/**
 * Builds sheets for the tests: filled rows, CSV and XLSX bytes, and tampered workbooks. Public for
 * the upload tests of the api and ingest modules (through the test-jar).
 */
public final class SheetFixtures {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SheetFixtures() {
    }

    /** A programme with projects P01 to P60. */
    static ProjectDirectory projects() {
        Map<String, Project> byId = new HashMap<>();
        for (int i = 1; i <= 60; i++) {
            String id = String.format("P%02d", i);
            byId.put(id, new Project(id, "Project " + id, 1, Set.of(), "Lead"));
        }
        return new ProjectDirectory() {
            @Override
            public Optional<Project> find(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<Project> all() {
                return List.of();
            }

            @Override
            public void save(Project project) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The return validator for {@link #projects()}, with KPIs K21 and CK3 defined. */
    static org.sendpmo.returns.ReturnValidator validator() {
        return new org.sendpmo.returns.ReturnValidator(projects(), () -> Set.of("K21", "CK3"));
    }

    /** A full, valid register entry; values are String, Integer, Double or LocalDate. */
    public static Map<String, Object> riskRow(String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Risk ID", id);
        r.put("Type", "Risk");
        r.put("Title", "Caseworker vacancies delay EHC plans " + id);
        r.put("Description", "Because of vacancies, plans may be late, so families wait longer");
        r.put("Category", "Recruitment and workforce");
        r.put("Owner", "Head of SEND");
        r.put("Linked projects", "P01; P07");
        r.put("Improvement areas", "C6; C1");
        r.put("Inherent likelihood", 4);
        r.put("Inherent impact", 5);
        r.put("Current likelihood", 3);
        r.put("Current impact", 4);
        r.put("Target likelihood", 2);
        r.put("Target impact", 3);
        r.put("Control 1", "Weekly caseload review");
        r.put("Control 1 effectiveness", "Partially effective");
        r.put("Action 1", "Recruit two caseworkers");
        r.put("Action 1 owner", "SEND Service Manager");
        r.put("Action 1 due date", LocalDate.of(2026, 6, 30));
        r.put("Action 1 status", "In progress");
        r.put("Action 2", "Agency cover for the backlog");
        r.put("Action 2 owner", "Head of SEND");
        r.put("Action 2 due date", "15-Apr-2026");
        r.put("Action 2 status", "Open");
        r.put("KRI 1", "Caseworker vacancy rate");
        r.put("KRI 1 polarity", "Higher is worse");
        r.put("KRI 1 amber threshold", "10%");
        r.put("KRI 1 red threshold", 0.2);
        r.put("KRI 1 latest value", "12%");
        r.put("KRI 1 latest month", "March 2026");
        r.put("Escalation status", "Escalated to the Operational Group");
        r.put("Last reviewed", LocalDate.of(2026, 3, 25));
        r.put("Status", "Open");
        return r;
    }

    /** A full, valid monthly return. */
    public static Map<String, Object> returnRow(String project, String month) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Project ID", project);
        r.put("Reporting month", month);
        r.put("Overall RAG", "Amber");
        r.put("Progress commentary", "Pilot started in two schools; recruitment continues");
        r.put("Submitted by", "Jo Lead");
        r.put("Percent complete", "45%");
        r.put("Milestone 1 name", "Pilot in two schools");
        r.put("Milestone 1 baseline", LocalDate.of(2026, 9, 1));
        r.put("Milestone 1 forecast", "15-Oct-2026");
        r.put("Milestone 1 complete", "No");
        r.put("Milestone 3 name", "Business case approved");
        r.put("Milestone 3 baseline", "30/06/2026");
        r.put("Milestone 3 forecast", "2026-06-30");
        r.put("Milestone 3 complete", "Yes");
        r.put("Key risk or issue 1", "Recruitment of two caseworkers is late");
        for (int i = 1; i <= 11; i++) {
            r.put(String.format("C%02d score", i), 1 + i % 5);
        }
        r.put("Short-term savings", "£1,250,000");
        r.put("Long-term savings", "1.25m");
        r.put("Cost to deliver", 80000);
        r.put("Safety Valve impact", "Medium");
        r.put("Improvement areas", "C1; C6");
        r.put("Finance assured", "Yes");
        r.put("KPI 1 id", "K21");
        r.put("KPI 1 value", 42.5);
        r.put("KPI 3 id", "CK3");
        r.put("KPI 3 value", "598");
        return r;
    }

    /** Risk R001 ({@link #riskRow}) with one value changed, or (with a new header) added. */
    public static Map<String, Object> riskWith(String column, Object value) {
        Map<String, Object> row = riskRow("R001");
        row.put(column, value);
        return row;
    }

    /** P01's return for March 2026 ({@link #returnRow}) with one value changed or added. */
    public static Map<String, Object> returnWith(String column, Object value) {
        Map<String, Object> row = returnRow("P01", "March 2026");
        row.put(column, value);
        return row;
    }

    /** The KPIs {@link #returnRow} reports values for: K21 (a percentage) and CK3 (a count). */
    public static List<org.sendpmo.kpi.KpiDefinition> kpis() {
        return List.of(
                new org.sendpmo.kpi.KpiDefinition("K21", "% of EHCPs issued within 20 weeks", org.sendpmo.kpi.KpiUnit.PERCENTAGE,
                        org.sendpmo.kpi.Polarity.HIGHER_IS_BETTER, "KCC", org.sendpmo.kpi.KpiFrequency.MONTHLY, false,
                        Set.of(org.sendpmo.project.ImprovementArea.C6), null),
                new org.sendpmo.kpi.KpiDefinition("CK3", "Number of annual reviews waiting over 12 months",
                        org.sendpmo.kpi.KpiUnit.COUNT, org.sendpmo.kpi.Polarity.LOWER_IS_BETTER, "KCC",
                        org.sendpmo.kpi.KpiFrequency.MONTHLY, true, Set.of(), null));
    }

    /** A UTF-8 (with byte-order mark) returns CSV with the template's headers. */
    public static byte[] returnsCsv(List<Map<String, Object>> rows) {
        return csv(ReturnSheet.SCHEMA.headers(), rows, java.nio.charset.StandardCharsets.UTF_8, true);
    }

    /** A UTF-8 (with byte-order mark) risk register CSV with the template's headers. */
    public static byte[] riskCsv(List<Map<String, Object>> rows) {
        return csv(RiskSheet.SCHEMA.headers(), rows, java.nio.charset.StandardCharsets.UTF_8, true);
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate) {
            return ((LocalDate) v).format(UK);
        }
        if (v instanceof Double) {
            return String.valueOf(v);
        }
        return v.toString();
    }

    /** A CSV with the given headers (in that order) and rows. */
    public static byte[] csv(List<String> headers, List<Map<String, Object>> rows, Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, charset); CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            if (bom) {
                w.write('\uFEFF');
            }
            p.printRecord(headers);
            for (Map<String, Object> row : rows) {
                List<String> cells = new ArrayList<>();
                headers.forEach(h -> cells.add(text(row.get(h))));
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The downloaded XLSX template with rows typed in under its header (numbers as numbers, dates as dates). */
    public static byte[] fillXlsx(byte[] template, String sheetName, List<Map<String, Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            fill(wb, wb.getSheet(sheetName), rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streamed XLSX (for large sheets) with the given headers and rows. */
    public static byte[] xlsx(String sheetName, List<String> headers, Iterable<Map<String, Object>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            fill(wb, sheet, rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Workbook wb, Sheet sheet, Iterable<Map<String, Object>> rows) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Row head = sheet.getRow(0);
        Map<String, Integer> at = new HashMap<>();
        for (Cell c : head) {
            at.put(c.getStringCellValue(), c.getColumnIndex());
        }
        int r = 1;
        for (Map<String, Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Integer col = at.get(e.getKey());
                if (col == null) {
                    throw new IllegalArgumentException("no column " + e.getKey());
                }
                Cell cell = row.createCell(col);
                Object v = e.getValue();
                if (v instanceof Integer) {
                    cell.setCellValue((Integer) v);
                } else if (v instanceof Double) {
                    cell.setCellValue((Double) v);
                } else if (v instanceof LocalDate) {
                    cell.setCellValue((LocalDate) v);
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(text(v));
                }
            }
        }
    }
}
