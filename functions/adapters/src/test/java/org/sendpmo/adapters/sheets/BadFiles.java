package org.sendpmo.adapters.sheets;

import static org.sendpmo.uploads.UploadKind.RETURNS;
import static org.sendpmo.uploads.UploadKind.RISK_REGISTER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Bad inputs that are wrong as a whole file, or in the header row: generated here, each with the words
 * of its own rejection. Part of {@link BadUploads}.
 */
public final class BadFiles {

    static final List<String> RISK_HEADERS = RiskSheet.SCHEMA.headers();

    private BadFiles() {
    }

    /** No bytes at all: refused before it is stored, so not in {@link BadUploads#all()}. */
    public static BadUpload empty() {
        return BadUpload.file("empty file", RISK_REGISTER, new byte[0], "The file is empty");
    }

    public static BadUpload png() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        return BadUpload.file("a PNG image, whatever its name", RISK_REGISTER, png,
                "not a CSV or XLSX spreadsheet, whatever its name says");
    }

    public static BadUpload wordDocument() {
        byte[] docx = Zips.rezip(template(), Map.of("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
                        .getBytes(StandardCharsets.UTF_8)));
        return BadUpload.file("a Word document", RISK_REGISTER, docx, "not an Excel workbook");
    }

    public static BadUpload oldXls() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Risk register").createRow(0).createCell(0).setCellValue("Risk ID");
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BadUpload.file("an old Excel 97-2003 .xls workbook", RISK_REGISTER, out.toByteArray(),
                "The file is an old Excel 97-2003 workbook (.xls), which is not accepted.");
    }

    public static BadUpload macroEnabledXlsm() {
        byte[] xlsx = template();
        String types = Zips.entry(xlsx, "[Content_Types].xml").replace(SheetFormat.XLSX_WORKBOOK, SheetFormat.XLSM_WORKBOOK);
        byte[] xlsm = Zips.rezip(xlsx, Map.of("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8),
                "xl/vbaProject.bin", new byte[] {1, 2, 3}));
        return BadUpload.file("a macro-enabled .xlsm workbook", RISK_REGISTER, xlsm, "macro-enabled workbook (.xlsm)");
    }

    public static BadUpload passwordProtected() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {4, 0, 4, 0, 0x40, 0, 0, 0}), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptedPackage");
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BadUpload.file("a password-protected XLSX", RISK_REGISTER, out.toByteArray(), "protected with a password (encrypted)");
    }

    /** 30 MB of sheet XML that compresses to a few tens of KB. */
    public static BadUpload zipBomb() {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        sheet.append("<!--").append("a".repeat(30_000_000)).append("-->").append(row).append("</sheetData></worksheet>");
        byte[] bomb = Zips.rezip(template(), Map.of("xl/worksheets/sheet1.xml", sheet.toString().getBytes(StandardCharsets.UTF_8)));
        return BadUpload.file("a zip bomb", RISK_REGISTER, bomb, "zip bomb");
    }

    public static BadUpload externalEntity() {
        byte[] xlsx = template();
        String sheet = Zips.entry(xlsx, "xl/worksheets/sheet1.xml");
        String withEntity = sheet.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replace("R001", "&xxe;");
        byte[] evil = Zips.rezip(xlsx, Map.of("xl/worksheets/sheet1.xml", withEntity.getBytes(StandardCharsets.UTF_8)));
        return BadUpload.file("an XLSX with an external entity", RISK_REGISTER, evil,
                "declares a DOCTYPE or external entity, which is not allowed");
    }

    public static BadUpload utf16Text() {
        String text = "\uFEFF" + String.join("\t", ReturnSheet.SCHEMA.headers()) + "\r\n";
        return BadUpload.file("Unicode Text (UTF-16) saved from Excel", RETURNS, text.getBytes(StandardCharsets.UTF_16LE),
                "'Unicode Text' (UTF-16), which is not accepted");
    }

    public static BadUpload unclosedQuote() {
        String csv = new String(SheetFixtures.riskCsv(List.of(SheetFixtures.riskRow("R001"))), StandardCharsets.UTF_8)
                + "R002,\"Risk,an unclosed quote\r\n";
        return BadUpload.file("a CSV cell with an unclosed quote", RISK_REGISTER, csv.getBytes(StandardCharsets.UTF_8),
                "Check for a cell with an unclosed double quote");
    }

    public static BadUpload headerButNoRows() {
        return BadUpload.file("a header row but no data rows", RISK_REGISTER, SheetFixtures.riskCsv(List.of()),
                "has a header row but no data rows");
    }

    // --- the header row ---

    public static BadUpload semicolonSeparated() {
        String csv = String.join(";", RISK_HEADERS) + "\r\nR001;Risk\r\n";
        return BadUpload.at("a semicolon-separated CSV", RISK_REGISTER, csv.getBytes(StandardCharsets.UTF_8), 1, "",
                "The columns are separated by semicolons, not commas.");
    }

    public static BadUpload missingColumn() {
        byte[] csv = riskCsv(headers(h -> h.remove("Owner")), SheetFixtures.riskRow("R001"));
        return BadUpload.at("a header column missing", RISK_REGISTER, csv, 1, "Owner", "Column 'Owner' is missing from the header row");
    }

    public static BadUpload renamedColumn() {
        Map<String, Object> row = SheetFixtures.riskRow("R001");
        row.put("Risk owner", row.remove("Owner"));
        byte[] csv = riskCsv(headers(h -> h.set(h.indexOf("Owner"), "Risk owner")), row);
        return BadUpload.at("a header column renamed", RISK_REGISTER, csv, 1, "Risk owner", "Unknown column 'Risk owner' in column F");
    }

    /** In a workbook whose sheet has another name than the template's. */
    public static BadUpload renamedColumnInXlsx() {
        Map<String, Object> row = SheetFixtures.riskWith("State", "Open");
        row.remove("Status");
        byte[] xlsx = SheetFixtures.xlsx("Register 2026", headers(h -> h.set(h.indexOf("Status"), "State")), List.of(row));
        return BadUpload.at("a header column renamed in an XLSX", RISK_REGISTER, xlsx, 1, "Status",
                "Column 'Status' is missing from the header row");
    }

    public static BadUpload duplicatedColumn() {
        byte[] csv = riskCsv(headers(h -> h.add("  title ")), SheetFixtures.riskRow("R001"));
        return BadUpload.at("a header column twice", RISK_REGISTER, csv, 1, "Title", "Column 'Title' appears twice, in columns C and AV");
    }

    /** A good returns file, uploaded as the risk register. */
    public static BadUpload returnsAsTheRegister() {
        byte[] returns = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", "March 2026")));
        return BadUpload.at("a returns file uploaded as the risk register", RISK_REGISTER, returns, 1, "Project ID",
                "Unknown column 'Project ID' in column A");
    }

    /** Values in a column after the last, which has no header. */
    public static BadUpload valuesWithoutAHeader() {
        byte[] csv = riskCsv(headers(h -> h.add("")), SheetFixtures.riskWith("", "stray"));
        return BadUpload.at("values in a column without a header", RISK_REGISTER, csv, 2, "column AV", "Column AV has values but no header");
    }

    /** The risk register template (XLSX) with R001 typed in. */
    static byte[] template() {
        return SheetFixtures.fillXlsx(SheetTemplates.xlsx(RiskSheet.SCHEMA), "Risk register", List.of(SheetFixtures.riskRow("R001")));
    }

    /** The register template's headers, changed. */
    private static List<String> headers(Consumer<List<String>> change) {
        List<String> headers = new ArrayList<>(RISK_HEADERS);
        change.accept(headers);
        return headers;
    }

    private static byte[] riskCsv(List<String> headers, Map<String, Object> row) {
        return SheetFixtures.csv(headers, List.of(row), StandardCharsets.UTF_8, false);
    }
}
