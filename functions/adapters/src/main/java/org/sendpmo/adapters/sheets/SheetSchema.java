package org.sendpmo.adapters.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sheet kind: the worksheet's name and its columns in template order. */
public record SheetSchema(String sheetName, String title, List<SheetColumn> columns, Map<SheetColumn, Integer> positions) {

    public SheetSchema(String sheetName, String title, List<SheetColumn> columns) {
        this(sheetName, title, columns, null);
    }

    public SheetSchema {
        columns = List.copyOf(columns);
        // by identity: looked up for every cell, and a record's equals would compare every field
        Map<SheetColumn, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            at.put(columns.get(i), i);
        }
        positions = java.util.Collections.unmodifiableMap(at);
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
        Integer i = positions.get(column);
        if (i == null) {
            throw new IllegalArgumentException(column.header() + " is not a column of " + sheetName);
        }
        return i;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** How headers are compared: case, surrounding spaces and runs of inner spaces do not matter. */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String s = header.strip();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) && (ch != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
                s = WHITESPACE.matcher(s).replaceAll(" ");
                break;
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
