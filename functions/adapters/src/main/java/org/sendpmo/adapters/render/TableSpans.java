package org.sendpmo.adapters.render;

/**
 * Where the tables of a rendered page start and end, found in its text without parsing the page. The pack's
 * templates write tags in lower case and escape every value (so a "&lt;table" in a project's name is never a tag);
 * a table inside a table is spanned by its outermost one.
 */
final class TableSpans {

    private static final String OPEN = "<table";
    private static final String CLOSE = "</table>";

    private TableSpans() {
    }

    /** @return where the next table at or after {@code from} starts, or -1 when there is none */
    static int next(String page, int from) {
        for (int at = page.indexOf(OPEN, from); at >= 0; at = page.indexOf(OPEN, at + 1)) {
            if (isTagEnd(page, at + OPEN.length())) {
                return at;
            }
        }
        return -1;
    }

    /** @return just past the end tag that closes the table starting at {@code start} */
    static int end(String page, int start, String pagePath) {
        int depth = 0;
        int at = start;
        while (true) {
            int open = next(page, at);
            int close = page.indexOf(CLOSE, at);
            if (close < 0) {
                throw new IllegalStateException(pagePath + ": a table starting at character " + start + " is never closed");
            }
            if (open >= 0 && open < close) {
                depth++;
                at = open + OPEN.length();
            } else {
                depth--;
                at = close + CLOSE.length();
                if (depth == 0) {
                    return at;
                }
            }
        }
    }

    private static boolean isTagEnd(String page, int at) {
        return at < page.length() && (Character.isWhitespace(page.charAt(at)) || page.charAt(at) == '>');
    }
}
