package org.sendpmo.adapters.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.pack.ChangesPage;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.ReturnsPage;
import org.sendpmo.pack.RiskPage;

/**
 * The board pages' tables that list a row per project (or per change), which at national scale run to thousands of
 * rows and so are paginated. Each is rendered by its macro in pack/_tables.ftlh, on its board page and on its
 * continuation pages alike.
 */
final class LongTables {

    private LongTables() {
    }

    /** The long tables of one board page, in the order the page shows them; none for a page without any. */
    static List<LongTable> on(String boardPage, PackModel model) {
        return switch (boardPage) {
            case "index" -> List.of(
                    new LongTable("index", "ranked-table", "Ranked projects", "ranked", "", model.ranked()),
                    new LongTable("index", "incomplete-table", "Projects with an incomplete assessment", "incomplete", "",
                            model.incomplete()));
            case "returns" -> returns(model.boardPages().returns());
            case "changes" -> changes(model.boardPages().changes());
            case "risks" -> risks(model.boardPages().risks());
            default -> List.of();
        };
    }

    private static List<LongTable> returns(ReturnsPage returns) {
        return List.of(
                new LongTable("returns", "on-time-table", "Returns on time", "onTime", "", returns.onTime()),
                new LongTable("returns", "late-table", "Returns received late", "late", "", returns.late()),
                new LongTable("returns", "missing-table", "Returns missing", "missing", "", returns.missing()),
                new LongTable("returns", "data-quality-table", "Data-quality scores of this cycle's returns", "quality", "",
                        returns.quality()));
    }

    /**
     * The risks page's lists. The register's tables (one per heat-map cell) are not paginated: their rows are what
     * the lists, the project pages and the changes page link to, at {@code risks.html#<entry anchor>}.
     */
    private static List<LongTable> risks(RiskPage risks) {
        return List.of(
                new LongTable("risks", "outside-appetite-table", "Outside appetite", "outsideAppetite", "",
                        risks.outsideAppetite()),
                new LongTable("risks", "review-overdue-table", "Reviews overdue", "reviewOverdue", "", risks.reviewOverdue()),
                new LongTable("risks", "mitigation-overdue-table", "Mitigating actions overdue", "actionsOverdue", "",
                        risks.actionsOverdue()),
                new LongTable("risks", "kris-table", "Key risk indicators at red or amber", "kris", "", risks.kris()),
                new LongTable("risks", "escalated-table", "Entries escalated beyond the project", "escalated", "",
                        risks.escalated()));
    }

    private static List<LongTable> changes(ChangesPage changes) {
        List<LongTable> tables = new ArrayList<>();
        for (ChangesPage.Section s : changes.sections()) {
            tables.add(new LongTable("changes", s.anchor() + "-table", "Changes, " + s.kind().label(), "changes", s, s.rows()));
        }
        return tables;
    }

    /** Each table's first page by its id, as the board page's template looks them up ({@code paging["ranked-table"]}). */
    static Map<String, TablePage> firstPages(List<LongTable> tables) {
        Map<String, TablePage> pages = new LinkedHashMap<>();
        tables.forEach(table -> pages.put(table.id(), table.page(1)));
        return pages;
    }
}
