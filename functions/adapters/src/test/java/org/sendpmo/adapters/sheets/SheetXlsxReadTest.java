package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * {@link XlsxRows} reads a worksheet's cells with its own SAX handlers; this checks, on generated
 * workbooks (seeded) and on hand-written sheet XML, that it gives exactly the rows POI's
 * {@code XSSFSheetXMLHandler} and {@code ReadOnlySharedStringsTable} (how it read them before) give.
 */
class SheetXlsxReadTest {

    private static final String[] TEXTS = {"", " ", "a", "Head of SEND", "_x0041_", "a_x000D_b", "_x", "_x00", "tab\there",
        "line\nbreak", "cr\r\nlf", "  padded  ", "é—“”", "12", "0.45", "=1+1", "'quoted", "<tag>&amp;", "R001"};
    private static final String[] FORMATS = {"General", "0.00", "0%", "£#,##0", "dd/mm/yyyy", "dd/mm/yyyy hh:mm", "@", "mmm-yy", "0.0E+00"};

    @Test
    void generatedWorkbooksReadAsPoiReadsThem() throws IOException {
        Random random = new Random(20251124);
        for (int w = 0; w < 60; w++) {
            byte[] bytes = workbook(random, w % 2 == 0);
            assertEquals(reference(bytes), read(bytes), "workbook " + w);
        }
    }

    @Test
    void handWrittenSheetXmlReadsAsPoiReadsIt() throws IOException {
        byte[] base;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Risk register");
            s.createRow(0).createCell(0).setCellValue("first");
            s.getRow(0).createCell(1).setCellValue("second");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            base = out.toByteArray();
        }
        String ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + ns + " count=\"3\" uniqueCount=\"3\">"
                + "<si><t>first</t></si><si><r><t>sec</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">ond _x0041_</t></r></si>"
                + "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si></sst>";
        String[] sheets = {
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v> 1 </v></c><c r=\"E1\" t=\"s\"><v>2</v></c></row>",
            "<row><c t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c><c t=\"inlineStr\"><is><t>x</t><rPh><t>y</t></rPh></is></c></row>"
                + "<row><c r=\"B2\" t=\"b\"><v>0</v></c><c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c></row>",
            "<row r=\"3\"><c r=\"A3\"><f>1+2</f><v>3</v></c><c r=\"B3\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                + "<c r=\"C3\"><f t=\"shared\" ref=\"C3:C4\" si=\"0\">A3*2</f><v>6</v></c><c r=\"D3\" s=\"0\"><v>45741</v></c>"
                + "<c r=\"E3\"><f>NOW()</f><v>not a number</v></c><c r=\"F3\"/><c r=\"G3\" t=\"s\"><v>x</v></c><c r=\"AB3\"><v>1.5</v></c></row>",
            "<row r=\"5\" spans=\"1:2\"></row><row r=\"7\"><c r=\"a7\"><v>7</v></c><c r=\"C7\" t=\"n\"><v></v></c></row>",
        };
        for (String rows : sheets) {
            String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns + "><sheetData>" + rows + "</sheetData></worksheet>";
            byte[] bytes = Zips.rezip(base, Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8),
                    "xl/sharedStrings.xml", sst.getBytes(StandardCharsets.UTF_8)));
            assertEquals(reference(bytes), read(bytes), rows);
        }
    }

    @Test
    void stringsAreGivenBackAsPoisRichTextGivesThem() {
        for (String text : TEXTS) {
            assertEquals(new XSSFRichTextString(text).toString(), XlsxRows.plain(text), text);
        }
    }

    @Test
    void columnLettersAreReadAsCellReferenceReadsThem() {
        for (String ref : List.of("A1", "Z9", "AA10", "AV2", "XFD1048576", "B0", "a1", "A01", "$A$1", "AAAA1")) {
            int expected;
            try {
                expected = new CellReference(ref).getCol();
            } catch (RuntimeException e) {
                continue;
            }
            assertEquals(expected, XlsxRows.columnOf(ref), ref);
        }
    }

    private static List<String> read(byte[] bytes) {
        List<String> rows = new ArrayList<>();
        XlsxRows.read(bytes, "Risk register", (number, cells) -> rows.add(number + ": " + cells));
        return rows;
    }

    /** The rows as XlsxRows read them before: POI's handler and shared strings table, with the same formatter. */
    private static List<String> reference(byte[] bytes) throws IOException {
        List<String> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                List<String> cells = new ArrayList<>();
                int[] column = new int[1];
                XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int rowNum) {
                        cells.clear();
                        column[0] = 0;
                    }

                    @Override
                    public void endRow(int rowNum) {
                        rows.add(rowNum + 1 + ": " + cells);
                    }

                    @Override
                    public void cell(String ref, String value, XSSFComment comment) {
                        int at = ref == null ? column[0] : new CellReference(ref).getCol();
                        while (cells.size() < at) {
                            cells.add("");
                        }
                        cells.add(value == null ? "" : value);
                        column[0] = at + 1;
                    }
                };
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler,
                        new XlsxRows.PlainFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static byte[] workbook(Random random, boolean sharedStrings) throws IOException {
        try (Workbook wb = sharedStrings ? new XSSFWorkbook() : new SXSSFWorkbook(50)) {
            List<CellStyle> styles = new ArrayList<>();
            for (String f : FORMATS) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(f));
                styles.add(style);
            }
            Sheet sheet = wb.createSheet("Risk register");
            int r = 0;
            for (int n = random.nextInt(25); n >= 0; n--) {
                r += 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0);
                Row row = sheet.createRow(r);
                int c = 0;
                for (int k = random.nextInt(12); k >= 0; k--) {
                    c += 1 + (random.nextInt(4) == 0 ? random.nextInt(30) : 0);
                    Cell cell = row.createCell(c);
                    if (random.nextInt(3) == 0) {
                        cell.setCellStyle(styles.get(random.nextInt(styles.size())));
                    }
                    switch (random.nextInt(8)) {
                        case 0, 1 -> cell.setCellValue(TEXTS[random.nextInt(TEXTS.length)] + TEXTS[random.nextInt(TEXTS.length)]);
                        case 2 -> cell.setCellValue(random.nextInt(2) == 0 ? random.nextInt(100_000) : random.nextDouble() * 1e6);
                        case 3 -> {
                            cell.setCellValue(LocalDate.of(1950 + random.nextInt(150), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                            cell.setCellStyle(styles.get(4));
                        }
                        case 4 -> {
                            cell.setCellValue(LocalDateTime.of(2026, 3, 25, random.nextInt(24), 30));
                            cell.setCellStyle(styles.get(5));
                        }
                        case 5 -> cell.setCellValue(random.nextBoolean());
                        case 6 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
                        default -> {
                            if (sharedStrings) {
                                XSSFRichTextString rich = new XSSFRichTextString("bold and plain _x0042_");
                                XSSFFont bold = (XSSFFont) wb.createFont();
                                bold.setBold(true);
                                rich.applyFont(0, 4, bold);
                                cell.setCellValue(rich);
                            } else {
                                cell.setCellValue(-random.nextInt(10));
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
