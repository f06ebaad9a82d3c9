package org.sendpmo.adapters.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of one worksheet of an XLSX with POI's event API (SAX over the sheet XML, shared
 * strings read-only), so memory does not grow with the sheet. POI's XML parsers refuse DOCTYPEs
 * (so no external entities), and {@link ZipSecureFile} refuses entries that inflate more than
 * {@value #MIN_INFLATE_RATIO_TEXT} times or beyond {@link #MAX_ENTRY_SIZE} bytes (zip bombs).
 */
final class XlsxRows {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final String MIN_INFLATE_RATIO_TEXT = "100";
    /** No part of a 10 MB upload has a reason to inflate beyond this. */
    static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private XlsxRows() {
    }

    /** Reads the sheet named {@code preferred} (the template's), or else the first sheet; returns its name. */
    static String read(byte[] bytes, String preferred, SheetParser.RowSink sink) {
        // From a file, not a stream: OPCPackage.open(InputStream) inflates every part into memory up
        // front, where a file is read through the zip's central directory one part at a time, so only
        // what the SAX parser holds is in memory and the inflate-ratio check runs as each part streams.
        Path file = null;
        OPCPackage pkg = null;
        try {
            file = Files.createTempFile("upload-", ".xlsx");
            Files.write(file, bytes);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            String chosen = null;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            String first = null;
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (first == null) {
                        first = name;
                    }
                    if (SheetSchema.key(name).equals(SheetSchema.key(preferred))) {
                        chosen = name;
                    }
                }
            }
            if (first == null) {
                throw new RejectedFile("The workbook has no worksheets. Fill in the template and upload it again.");
            }
            String sheetName = chosen != null ? chosen : first;
            sink.sheet(sheetName);
            sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink), new PlainFormatter(), false));
                        xml.parse(new InputSource(sheet));
                        break;
                    }
                }
            }
            return sheetName;
        } catch (SheetParser.StopReading | RejectedFile e) {
            throw e;
        } catch (SAXException | IOException | OpenXML4JException | ParserConfigurationException | POIXMLException
                 | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            throw rejection(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened read-only: close() would try to save
            }
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file; the OS clears it
                }
            }
        }
    }

    private static RejectedFile rejection(Exception e) {
        String all = chain(e);
        if (all.contains("Zip bomb") || all.contains("max entry size") || all.contains("MaxEntrySize")
                || all.contains("inflate")) {
            return new RejectedFile("The workbook expands to far more data than its size suggests (it looks like a 'zip bomb'),"
                    + " so it was not read. Copy the data into a fresh copy of the template, save it as .xlsx and upload that.", e);
        }
        if (all.contains("DOCTYPE") || all.contains("ENTITY") || all.contains("entity")) {
            return new RejectedFile("The workbook's XML declares a DOCTYPE or external entity, which is not allowed (it could"
                    + " read other files). Copy the data into a fresh copy of the template, save it as .xlsx and upload that.", e);
        }
        return new RejectedFile("The workbook could not be read (" + firstLine(e) + "). Open it in Excel, save it again as"
                + " 'Excel Workbook (*.xlsx)', and upload it again.", e);
    }

    private static String chain(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return s.toString();
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Gathers cells into rows, filling the gaps a sparse sheet leaves. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetParser.RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int column;

        Rows(SheetParser.RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            column = 0;
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1, new ArrayList<>(cells));
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int at = ref == null ? column : new CellReference(ref).getCol();
            while (cells.size() < at) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            column = at + 1;
        }
    }

    /**
     * Numbers as they are stored, not as formatted: 0.45 stays 0.45 (not "45%"), 1250000 stays 1250000
     * (not "£1,250,000.00"); date cells become ISO dates, whatever locale the workbook's format shows.
     */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            return NumberToTextConverter.toText(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }
    }
}
