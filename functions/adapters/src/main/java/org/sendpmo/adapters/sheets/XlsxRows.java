package org.sendpmo.adapters.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one worksheet of an XLSX: POI opens the package, and SAX handlers modelled on POI's
 * event API read the sheet XML and the shared strings, so memory does not grow with the sheet (beyond
 * the shared strings themselves). POI's XML parsers refuse DOCTYPEs
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
            List<String> strings = SharedStrings.read(pkg);
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
                        xml.setContentHandler(new SheetHandler(styles, strings, new Rows(sink)));
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
    private static final class Rows {
        private final SheetParser.RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int column;

        Rows(SheetParser.RowSink sink) {
            this.sink = sink;
        }

        void startRow(int rowNum) {
            cells.clear();
            column = 0;
        }

        void endRow(int rowNum) {
            sink.row(rowNum + 1, new ArrayList<>(cells));
        }

        void cell(String ref, String value) {
            int at = ref == null ? column : columnOf(ref);
            while (cells.size() < at) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            column = at + 1;
        }

    }

    /** The column of a cell reference such as AB12 (27), read by hand; anything unusual as CellReference reads it. */
    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        int digits = ref.length() - i;
        if (i == 0 || digits < 1 || digits > 7 || ref.charAt(i) == '0') {
            return new CellReference(ref).getCol();
        }
        for (int j = i; j < ref.length(); j++) {
            if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                return new CellReference(ref).getCol();
            }
        }
        return col - 1;
    }

    /**
     * A string as POI's {@code XSSFRichTextString} gives it back: POI builds one (an XMLBeans object) for every
     * string cell only to decode Excel's {@code _xHHHH_} escapes, and returns the text unchanged when it has none.
     */
    static String plain(String text) {
        return text == null || !text.contains("_x") ? text : new XSSFRichTextString(text).toString();
    }

    /**
     * The shared strings, read as POI's {@code ReadOnlySharedStringsTable} (without phonetic runs) reads them,
     * but kept as plain strings; null when the workbook has no table, as there.
     */
    static final class SharedStrings extends DefaultHandler {
        private List<String> strings;
        private StringBuilder characters;
        private boolean tIsOpen;
        private boolean inRPh;

        static List<String> read(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (parts.isEmpty()) {
                return null;
            }
            try (InputStream stream = parts.get(0).getInputStream()) {
                return read(stream);
            }
        }

        static List<String> read(InputStream stream) throws IOException, SAXException, ParserConfigurationException {
            SharedStrings table = new SharedStrings();
            PushbackInputStream in = new PushbackInputStream(stream, 1);
            int first = in.read();
            if (first > -1) {
                in.unread(first);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(table);
                xml.parse(new InputSource(in));
            }
            return table.strings;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
                return;
            }
            if ("sst".equals(localName)) {
                String count = attributes.getValue("count");
                if (count != null) {
                    Long.parseLong(count); // refused as POI refuses it
                }
                String uniqueCount = attributes.getValue("uniqueCount");
                int expected = uniqueCount == null ? 0 : (int) Long.parseLong(uniqueCount);
                // a capacity, not a limit: a crafted count must not allocate more than the strings need
                strings = new ArrayList<>(Math.min(expected, 1 << 16));
                characters = new StringBuilder(64);
            } else if ("si".equals(localName)) {
                if (characters != null) {
                    characters.setLength(0);
                }
            } else if ("t".equals(localName)) {
                tIsOpen = true;
            } else if ("rPh".equals(localName)) {
                inRPh = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
                return;
            }
            if ("si".equals(localName)) {
                if (strings != null && characters != null) {
                    strings.add(plain(characters.toString()));
                }
            } else if ("t".equals(localName)) {
                tIsOpen = false;
            } else if ("rPh".equals(localName)) {
                inRPh = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (tIsOpen && !inRPh && characters != null) {
                characters.append(ch, start, length);
            }
        }
    }

    /**
     * The cells of a worksheet, as POI's {@code XSSFSheetXMLHandler} gives them (cached formula results, no
     * comments), without its costs per cell: an XMLBeans rich-text object for every string, and a cell style
     * object for every number; the number format of each style is looked up once.
     */
    static final class SheetHandler extends DefaultHandler {
        private enum Type { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER }

        private static final Format NO_STYLE = new Format((short) -1, null);

        private record Format(short index, String string) {
        }

        private final StylesTable styles;
        private final List<String> strings;
        private final Rows output;
        private final PlainFormatter formatter = new PlainFormatter();
        private final Map<Integer, Format> formats = new HashMap<>();
        private final StringBuilder value = new StringBuilder(64);
        private boolean vIsOpen;
        private boolean isIsOpen;
        private Type type = Type.NUMBER;
        private Format format = NO_STYLE;
        private int rowNum;
        private int nextRowNum;
        private String cellRef;

        SheetHandler(StylesTable styles, List<String> strings, Rows output) {
            this.styles = styles;
            this.strings = strings;
            this.output = output;
        }

        private boolean isTextTag(String name) {
            return "v".equals(name) || "inlineStr".equals(name) || "t".equals(name) && isIsOpen;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
                return;
            }
            if (isTextTag(localName)) {
                vIsOpen = true;
                if (!isIsOpen) {
                    value.setLength(0);
                }
            } else if ("is".equals(localName)) {
                isIsOpen = true;
            } else if ("f".equals(localName)) {
                if (type == Type.NUMBER) {
                    type = Type.FORMULA;
                }
            } else if ("row".equals(localName)) {
                String r = attributes.getValue("r");
                rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
                output.startRow(rowNum);
            } else if ("c".equals(localName)) {
                type = Type.NUMBER;
                format = NO_STYLE;
                cellRef = attributes.getValue("r");
                String t = attributes.getValue("t");
                if ("b".equals(t)) {
                    type = Type.BOOLEAN;
                } else if ("e".equals(t)) {
                    type = Type.ERROR;
                } else if ("inlineStr".equals(t)) {
                    type = Type.INLINE_STRING;
                } else if ("s".equals(t)) {
                    type = Type.SST_STRING;
                } else if ("str".equals(t)) {
                    type = Type.FORMULA;
                } else {
                    String s = attributes.getValue("s");
                    format = format(s != null ? Integer.parseInt(s.trim()) : -1);
                }
            }
        }

        /** The number format of a style ({@code -1}: no style attribute), as POI's handler works it out for each cell. */
        private Format format(int styleIndex) {
            Format known = formats.get(styleIndex);
            if (known != null) {
                return known;
            }
            XSSFCellStyle style = null;
            if (styles != null) {
                if (styleIndex >= 0) {
                    style = styles.getStyleAt(styleIndex);
                } else if (styles.getNumCellStyles() > 0) {
                    style = styles.getStyleAt(0);
                }
            }
            Format f = NO_STYLE;
            if (style != null) {
                short index = style.getDataFormat();
                String string = style.getDataFormatString();
                f = new Format(index, string != null ? string : BuiltinFormats.getBuiltinFormat(index));
            }
            formats.put(styleIndex, f);
            return f;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
                return;
            }
            if (isTextTag(localName)) {
                vIsOpen = false;
                if (!isIsOpen) {
                    outputCell();
                    value.setLength(0);
                }
            } else if ("is".equals(localName)) {
                isIsOpen = false;
                outputCell();
                value.setLength(0);
            } else if ("row".equals(localName)) {
                output.endRow(rowNum);
                nextRowNum = rowNum + 1;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (vIsOpen) {
                value.append(ch, start, length);
            }
        }

        private void outputCell() {
            String text = null;
            switch (type) {
                case BOOLEAN:
                    text = value.charAt(0) == '0' ? "FALSE" : "TRUE";
                    break;
                case ERROR:
                    text = "ERROR:" + value;
                    break;
                case FORMULA:
                    text = formatted(value.toString(), format.string() != null);
                    break;
                case INLINE_STRING:
                    text = plain(value.toString());
                    break;
                case SST_STRING:
                    String index = value.toString().trim();
                    if (!index.isEmpty()) {
                        int idx;
                        try {
                            idx = Integer.parseInt(index);
                        } catch (NumberFormatException e) {
                            break; // as POI: logged there, an empty cell here
                        }
                        if (strings == null || idx >= strings.size()) {
                            throw new IllegalStateException("Cannot get item at " + idx + " with strings: " + strings);
                        }
                        text = strings.get(idx);
                    }
                    break;
                default:
                    String n = value.toString();
                    text = formatted(n, format.string() != null && !n.isEmpty());
                    break;
            }
            output.cell(cellRef, text);
        }

        private String formatted(String raw, boolean hasFormat) {
            if (!hasFormat) {
                return raw;
            }
            try {
                return formatter.formatRawCellContents(Double.parseDouble(raw.trim()), format.index(), format.string());
            } catch (Exception e) {
                return raw; // as POI: a formula with a text result, or a number it cannot format
            }
        }
    }

    /**
     * Numbers as they are stored, not as formatted: 0.45 stays 0.45 (not "45%"), 1250000 stays 1250000
     * (not "£1,250,000.00"); date cells become ISO dates, whatever locale the workbook's format shows.
     */
    static final class PlainFormatter extends DataFormatter {
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
