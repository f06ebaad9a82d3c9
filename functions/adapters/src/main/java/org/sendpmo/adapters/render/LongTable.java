package org.sendpmo.adapters.render;

import java.util.List;
import java.util.Objects;

/**
 * A table on a board page that may list every project, with every row it lists. Its rows are shown
 * {@link TablePage#SIZE} at a time: the first page's on the board page, the rest on continuation pages
 * at {@code <board page>/<table id>/<n>.html}.
 *
 * @param boardPage the board page's name ("index", "returns"), its file without ".html"
 * @param id        the table's id on the board page, which its CSV file and continuation folder are named after
 * @param name      the table's name as a continuation page's heading gives it ("Ranked projects")
 * @param macro     the macro of pack/_tables.ftlh that renders the table from some of its rows
 * @param extra     what else the macro needs (a changes section), or "" when nothing
 * @param rows      every row, in the order the table lists them
 */
public record LongTable(String boardPage, String id, String name, String macro, Object extra, List<?> rows) {

    public LongTable {
        Objects.requireNonNull(boardPage, "boardPage");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(macro, "macro");
        Objects.requireNonNull(extra, "extra");
        rows = List.copyOf(rows);
    }

    /** How many pages the rows fill; 1 for an empty table. */
    public int pageCount() {
        return Math.max(1, (rows.size() + TablePage.SIZE - 1) / TablePage.SIZE);
    }

    public boolean paginated() {
        return pageCount() > 1;
    }

    /** @param number from 1 */
    public TablePage page(int number) {
        if (number < 1 || number > pageCount()) {
            throw new IllegalArgumentException(id + " has no page " + number + " (it has " + pageCount() + ")");
        }
        return new TablePage(this, number);
    }

    /** Where continuation page {@code number} (from 2) is, from the build folder. */
    String continuationPath(int number) {
        return boardPage + "/" + id + "/" + number + ".html";
    }
}
