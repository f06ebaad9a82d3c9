package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pages a long table's pagination links, and where each link goes. */
class TablePageTest {

    private static LongTable table(int rows) {
        return new LongTable("returns", "late-table", "Returns received late", "late", "", Collections.nCopies(rows, "row"));
    }

    /** The links as "1", "[7]" for the current page, "…" for an ellipsis. */
    private static List<String> links(TablePage page) {
        return page.links().stream().map(l -> l.ellipsis() ? "…" : l.current() ? "[" + l.number() + "]" : String.valueOf(l.number()))
                .toList();
    }

    @Test
    void manyPagesShowTheFirstTheLastAndTheNeighboursOfTheCurrentWithEllipsesBetween() {
        LongTable table = table(4_150);
        assertEquals(42, table.pageCount());
        assertEquals(List.of("1", "…", "6", "[7]", "8", "…", "42"), links(table.page(7)));
        assertEquals(List.of("[1]", "2", "…", "42"), links(table.page(1)));
        assertEquals(List.of("1", "…", "41", "[42]"), links(table.page(42)));
        assertEquals(List.of("1", "2", "3", "[4]", "5", "…", "42"), links(table.page(4)), "no ellipsis in place of one page");
    }

    @Test
    void rowsAndLinksOfAContinuationPage() {
        TablePage page = table(250).page(3);
        assertEquals(201, page.firstRow());
        assertEquals(250, page.lastRow());
        assertEquals(50, page.rows().size());
        assertEquals("../../", page.root());
        assertEquals("2.html", page.previousHref());
        assertEquals(null, page.nextHref());
        assertEquals("../../returns.html#late-table", page.href(1));
        assertEquals("returns/late-table/3.html", table(250).page(1).href(3));
    }

    @Test
    void anEmptyTableHasOneEmptyPageAndNoOther() {
        LongTable empty = table(0);
        assertEquals(1, empty.pageCount());
        assertEquals(List.of(), empty.page(1).rows());
        assertEquals(List.of("[1]"), links(empty.page(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> empty.page(2));
        assertEquals("late-table has no page 2 (it has 1)", e.getMessage());
    }

    @Test
    void exactlyOnePageOfRowsIsNotPaginated() {
        assertEquals(false, table(100).paginated());
        assertEquals(true, table(101).paginated());
    }
}
