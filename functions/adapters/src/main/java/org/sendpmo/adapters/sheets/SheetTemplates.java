package org.sendpmo.adapters.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the downloadable templates of a sheet kind from its columns: an XLSX with a frozen header
 * row, a drop-down list on every closed-set column, and a Notes sheet explaining each column; and a
 * CSV with the header row (UTF-8 with a byte-order mark, so that Excel reads £ and accents right).
 */
public final class SheetTemplates {

    /** Rows (below the header) that carry the drop-down lists. */
    public static final int VALIDATED_ROWS = 5000;
    static final String NOTES = "Notes";
    static final String LISTS = "Lists";

    private SheetTemplates() {
    }

    public static byte[] csv(SheetSchema schema) {
        return csv(schema, List.of());
    }

    /** The template with these rows below the header (an export), each cell made safe from formula injection. */
    public static byte[] csv(SheetSchema schema, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
            w.write('\uFEFF');
            csv.printRecord(schema.headers());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(CsvSafe::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(SheetSchema schema) {
        return xlsx(schema, List.of());
    }

    /** The template with these rows below the header (an export), every cell as text. */
    public static byte[] xlsx(SheetSchema schema, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(schema.sheetName());
            Sheet notes = wb.createSheet(NOTES);
            Sheet lists = wb.createSheet(LISTS);
            wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);

            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Row headRow = data.createRow(0);
            DataValidationHelper dv = data.getDataValidationHelper();
            int listColumn = 0;
            List<SheetColumn> columns = schema.columns();
            for (int c = 0; c < columns.size(); c++) {
                SheetColumn col = columns.get(c);
                headRow.createCell(c).setCellValue(col.header());
                headRow.getCell(c).setCellStyle(header);
                data.setColumnWidth(c, Math.min(60, Math.max(14, col.header().length() + 4)) * 256);
                if (col.hasDropDown()) {
                    List<String> values = col.dropDown();
                    for (int v = 0; v < values.size(); v++) {
                        Row r = lists.getRow(v) == null ? lists.createRow(v) : lists.getRow(v);
                        r.createCell(listColumn).setCellValue(values.get(v));
                    }
                    String letter = SheetParser.columnName(listColumn);
                    DataValidationConstraint constraint = dv.createFormulaListConstraint(
                            LISTS + "!$" + letter + "$1:$" + letter + "$" + values.size());
                    DataValidation validation = dv.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
                    validation.setShowErrorBox(true);
                    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                    validation.createErrorBox(col.header(), col.header() + " must be " + truncate(col.accepted(), 200));
                    validation.setShowPromptBox(false);
                    data.addValidationData(validation);
                    listColumn++;
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                Row dataRow = data.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    dataRow.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            data.createFreezePane(0, 1);

            Row intro = notes.createRow(0);
            intro.createCell(0).setCellValue("One row per " + schema.title() + " on the '" + schema.sheetName()
                    + "' sheet. Keep the header row; columns may be in any order. Blank rows are ignored."
                    + " Upload as .xlsx or as CSV (UTF-8).");
            Row noteHead = notes.createRow(2);
            String[] heads = {"Column", "Required", "What it is", "Accepted values and formats", "Example"};
            for (int i = 0; i < heads.length; i++) {
                noteHead.createCell(i).setCellValue(heads[i]);
                noteHead.getCell(i).setCellStyle(header);
            }
            for (int c = 0; c < columns.size(); c++) {
                SheetColumn col = columns.get(c);
                Row r = notes.createRow(c + 3);
                r.createCell(0).setCellValue(col.header());
                r.createCell(1).setCellValue(required(col));
                r.createCell(2).setCellValue(col.description());
                r.createCell(3).setCellValue(col.accepted().substring(0, 1).toUpperCase() + col.accepted().substring(1));
                r.createCell(4).setCellValue(col.example());
                for (int i = 2; i <= 3; i++) {
                    r.getCell(i).setCellStyle(wrap);
                }
            }
            int[] widths = {28, 30, 60, 60, 24};
            for (int i = 0; i < widths.length; i++) {
                notes.setColumnWidth(i, widths[i] * 256);
            }
            notes.createFreezePane(0, 3);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(SheetColumn col) {
        if (!col.required()) {
            return "No";
        }
        return col.header().matches("(Milestone|Control|Action|KRI|KPI) \\d.*") ? "Yes, when any column of its group is filled in" : "Yes";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
