package org.sendpmo.adapters.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sheet kind: the worksheet's name and its columns in template order. */
public record SheetSchema(String sheetName, String title, List<SheetColumn> columns) {

    public SheetSchema {
        columns = List.copyOf(columns);
        Map<String, SheetColumn> seen = new HashMap<>();
        for (SheetColumn c : columns) {
            if (seen.put(key(c.header()), c) != null) {
                throw new IllegalArgumentException("duplicate column " + c.header() + " in " + sheetName);
            }
        }
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(c.header()));
        return headers;
    }

    public int indexOf(SheetColumn column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column.header() + " is not a column of " + sheetName);
        }
        return i;
    }

    /** How headers are compared: case, surrounding spaces and runs of inner spaces do not matter. */
    public static String key(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
