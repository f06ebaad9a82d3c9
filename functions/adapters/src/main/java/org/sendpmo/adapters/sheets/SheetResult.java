package org.sendpmo.adapters.sheets;

import java.util.List;

/**
 * What an uploaded sheet held: the rows that read cleanly, and every problem. The file is accepted
 * only when there are no problems; until then its rows are for further checks, never for recording.
 *
 * @param sheet    the worksheet read
 * @param rows     the rows that read cleanly, each with its spreadsheet row number
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
