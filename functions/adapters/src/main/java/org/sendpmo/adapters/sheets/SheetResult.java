package org.sendpmo.adapters.sheets;

import java.util.List;

/**
 * What an uploaded sheet held: every row read (when there were no problems), or every problem.
 *
 * @param sheet    the worksheet read
 * @param rows     the rows, each with its spreadsheet row number; empty when there are problems
 * @param problems every problem found; empty when the file is accepted
 */
public record SheetResult<T>(String sheet, List<Row<T>> rows, List<SheetProblem> problems) {

    public SheetResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public record Row<T>(int row, T value) {
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public List<T> values() {
        return rows.stream().map(Row::value).toList();
    }

    public static <T> SheetResult<T> rejected(String sheet, String message) {
        return new SheetResult<>(sheet, List.of(), List.of(SheetProblem.file(sheet, message)));
    }
}
