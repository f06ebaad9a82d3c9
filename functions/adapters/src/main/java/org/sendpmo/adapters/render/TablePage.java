package org.sendpmo.adapters.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a {@link LongTable}: its rows and the links to the table's other pages, each relative to this page
 * (the board page for page 1, a continuation page two folders down for the rest). Templates read it as
 * {@code page}; pagination.ftlh draws the GOV.UK pagination component from it.
 *
 * @param number from 1
 */
public record TablePage(LongTable table, int number) {

    /** Rows a page shows: a board can read a page of 100; a table of 10,000 on one page helps nobody. */
    public static final int SIZE = 100;

    /** "Previous", a numbered page, the current one or an ellipsis ("…") where pages are left out. */
    public record Link(int number, String href, boolean current) {

        public boolean ellipsis() {
            return href == null;
        }
    }

    public int pageCount() {
        return table.pageCount();
    }

    public List<?> rows() {
        return table.rows().subList(firstRow() - 1, lastRow());
    }

    /** The number of this page's first row, from 1 (1 on an empty table's one page). */
    public int firstRow() {
        return (number - 1) * SIZE + 1;
    }

    public int lastRow() {
        return Math.min(table.rows().size(), number * SIZE);
    }

    public int totalRows() {
        return table.rows().size();
    }

    public boolean continuation() {
        return number > 1;
    }

    /** From this page to the build folder: "" on the board page, "../../" on a continuation page. */
    public String root() {
        return continuation() ? "../../" : "";
    }

    /** The table's place on its board page, from this page. */
    public String tableHref() {
        return root() + table.boardPage() + ".html#" + table.id();
    }

    /** Page {@code n} of the table, from this page. */
    public String href(int n) {
        if (n == 1) {
            return continuation() ? tableHref() : "#" + table.id();
        }
        return continuation() ? n + ".html" : table.continuationPath(n);
    }

    /** Null on the first page. */
    public String previousHref() {
        return number > 1 ? href(number - 1) : null;
    }

    /** Null on the last page. */
    public String nextHref() {
        return number < pageCount() ? href(number + 1) : null;
    }

    /**
     * The numbered links: the first and last pages, this one and its neighbours, with an ellipsis for each run of
     * pages left out (1 … 6 7 8 … 100), as the GOV.UK pagination component advises for many pages.
     */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= pageCount(); n++) {
            if (shown(n) || shown(n - 1) && shown(n + 1)) { // an ellipsis would hide one page: show the page
                links.add(new Link(n, href(n), n == number));
            } else if (links.isEmpty() || !links.get(links.size() - 1).ellipsis()) {
                links.add(new Link(n, null, false));
            }
        }
        return links;
    }

    private boolean shown(int n) {
        return n == 1 || n == pageCount() || Math.abs(n - number) <= 1;
    }
}
