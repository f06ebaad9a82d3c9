package org.sendpmo.adapters.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The file types an upload may be, told from the bytes and never from the name. */
public enum SheetFormat {
    CSV, XLSX;

    static final String XLSX_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String XLSM_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    static final String XLSB_WORKBOOK = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    static final String XLTX_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    private static final int MAX_CONTENT_TYPES = 1 << 20;
    private static final int SNIFF = 64 * 1024;

    public static final String SAVE_AS = "Open it in Excel, choose File > Save As, pick 'Excel Workbook (*.xlsx)'"
            + " or 'CSV UTF-8 (Comma delimited) (*.csv)', and upload that file.";

    /** The format of these bytes, or a rejection saying what the file is and what to do. */
    public static SheetFormat detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedFile("The file is empty: it has no bytes at all. Fill in the template and upload it again.");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return zip(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw ole2(bytes);
        }
        if (startsWith(bytes, 0x50, 0x4B)) {
            throw new RejectedFile("The file is an empty or damaged zip archive, not a workbook. " + SAVE_AS);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new RejectedFile("The file is 'Unicode Text' (UTF-16), which is not accepted. " + SAVE_AS);
        }
        if (!looksLikeText(bytes)) {
            throw new RejectedFile("The file is not a CSV or XLSX spreadsheet, whatever its name says: it holds binary data. " + SAVE_AS);
        }
        return CSV;
    }

    private static SheetFormat zip(byte[] bytes) {
        String contentTypes = contentTypes(bytes);
        if (contentTypes == null) {
            throw new RejectedFile("The file is a zip archive but not an Excel workbook: it has no [Content_Types].xml. " + SAVE_AS);
        }
        if (contentTypes.contains(XLSM_WORKBOOK)) {
            throw new RejectedFile("The file is a macro-enabled workbook (.xlsm). Workbooks with macros are not accepted:"
                    + " choose File > Save As, pick 'Excel Workbook (*.xlsx)' (this removes the macros), and upload that file.");
        }
        if (contentTypes.contains(XLSB_WORKBOOK)) {
            throw new RejectedFile("The file is an Excel binary workbook (.xlsb), which is not accepted. " + SAVE_AS);
        }
        if (contentTypes.contains(XLSX_WORKBOOK) || contentTypes.contains(XLTX_WORKBOOK)) {
            return XLSX;
        }
        throw new RejectedFile("The file is an Office document or zip archive but not an Excel workbook"
                + " (it may be a Word or PowerPoint file). Upload the filled-in template as .xlsx or .csv.");
    }

    /** [Content_Types].xml read with a size cap, so that a crafted entry cannot exhaust memory. */
    private static String contentTypes(byte[] bytes) {
        // Read through the central directory: workbooks written in streaming mode (sizes in data
        // descriptors after the data) defeat java.util.zip.ZipInputStream.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            ZipArchiveEntry entry = zip.getEntry("[Content_Types].xml");
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RejectedFile("The file looks like a workbook but its zip structure is damaged (" + e.getMessage()
                    + "). " + SAVE_AS, e);
        }
    }

    private static RejectedFile ole2(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new RejectedFile("The workbook is protected with a password (encrypted), so it cannot be read."
                        + " Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password,"
                        + " clear the password), save it as .xlsx and upload it again.");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new RejectedFile("The file is an old Excel 97-2003 workbook (.xls), which is not accepted. " + SAVE_AS);
            }
            return new RejectedFile("The file is an old Office document (such as .doc), not a spreadsheet."
                    + " Upload the filled-in template as .xlsx or .csv.");
        } catch (IOException | RuntimeException e) {
            return new RejectedFile("The file is an old Office 97-2003 file (.xls or similar) and is damaged. " + SAVE_AS, e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** No NUL bytes, and few other control bytes, in the first 64 KB. */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                control++;
            }
        }
        return control * 100 <= n;
    }
}
