package org.sendpmo.adapters.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and tampers with the zip inside a workbook, for the bad-input cases. */
final class Zips {

    private Zips() {
    }

    /** Copies a zip, replacing (or adding) the named entries. */
    static byte[] rezip(byte[] zip, Map<String, byte[]> replace) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            Map<String, byte[]> left = new LinkedHashMap<>(replace);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = left.containsKey(e.getName()) ? left.remove(e.getName()) : in.readAllBytes();
                out.write(content);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> add : left.entrySet()) {
                out.putNextEntry(new ZipEntry(add.getKey()));
                out.write(add.getValue());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
