package org.sendpmo.uploads;

/**
 * The name of a person's file, made safe to show and to keep as metadata. The name is never used in
 * a key or a path (keys are content hashes), so this only has to make it harmless and readable:
 * directories a browser or a crafted request put in front ("..\..\x.csv", "/etc/x") are dropped,
 * control and bidirectional-override characters removed, and the length capped.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String displayName(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder b = new StringBuilder();
        name.codePoints().filter(cp -> !unsafe(cp)).forEach(b::appendCodePoint);
        String clean = b.toString().strip();
        if (clean.equals(".") || clean.equals("..")) {
            return "";
        }
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }

    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        // Cc: control characters; Cf: format characters, which include the bidirectional overrides
        // (U+202A–U+202E, U+2066–U+2069) that make "exe.csv" display as "vsc.exe".
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
