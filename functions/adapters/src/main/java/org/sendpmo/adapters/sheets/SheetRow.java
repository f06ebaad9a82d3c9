package org.sendpmo.adapters.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One data row, with typed access to its cells. Each accessor records a problem (naming the sheet,
 * row, column, the value found and what would be accepted) and returns null when the value is wrong.
 */
public final class SheetRow {

    private final SheetSchema schema;
    private final int number;
    private final String[] values;
    private final boolean[] unusable;
    private final List<SheetProblem> problems;
    private final int problemsBefore;

    /** @param problemsBefore the number of problems before this row's cells were checked */
    SheetRow(SheetSchema schema, int number, String[] values, boolean[] unusable, List<SheetProblem> problems, int problemsBefore) {
        this.schema = schema;
        this.number = number;
        this.values = values;
        this.unusable = unusable;
        this.problems = problems;
        this.problemsBefore = problemsBefore;
    }

    /** The row number as Excel shows it. */
    public int number() {
        return number;
    }

    /** Whether this row has added a problem. */
    public boolean hasProblems() {
        return problems.size() > problemsBefore;
    }

    public void problem(SheetColumn column, String value, String message) {
        problems.add(new SheetProblem(schema.sheetName(), number, column.header(), value, message));
    }

    public String raw(SheetColumn column) {
        String v = values[schema.indexOf(column)];
        return v == null ? "" : v;
    }

    public boolean isBlank(SheetColumn column) {
        return raw(column).isEmpty();
    }

    public boolean allBlank(List<SheetColumn> columns) {
        for (SheetColumn column : columns) {
            if (!isBlank(column)) {
                return false;
            }
        }
        return true;
    }

    /** The trimmed text; "" when blank (a problem when the column is required). */
    public String text(SheetColumn column) {
        int i = schema.indexOf(column);
        if (unusable[i]) {
            return "";
        }
        String v = raw(column);
        if (v.isEmpty() && column.required()) {
            problem(column, "", column.header() + " is required: enter " + column.accepted());
        }
        return v;
    }

    private <T> T typed(SheetColumn column, Function<String, Optional<T>> parse) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        Optional<T> value = parse.apply(v);
        if (value.isEmpty()) {
            problem(column, v, column.mustBe(v));
            return null;
        }
        return value.get();
    }

    public Integer whole(SheetColumn column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        Integer n = CellValues.whole(v).orElse(null);
        if (n == null || n < column.min() || n > column.max()) {
            problem(column, v, column.mustBe(v));
            return null;
        }
        return n;
    }

    /** The matching choice, spelt as the template spells it. */
    public String choice(SheetColumn column) {
        return typed(column, v -> CellValues.choice(v, column.choices()));
    }

    public Boolean yesNo(SheetColumn column) {
        return typed(column, CellValues::yesNo);
    }

    public LocalDate date(SheetColumn column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = CellValues.date(v);
        if (d.isEmpty()) {
            Optional<String> why = CellValues.impossibleDate(v);
            problem(column, v, why.isPresent()
                    ? column.header() + " must be a real date (" + why.get() + "); found '" + v + "'. Use " + column.accepted()
                    : column.mustBe(v));
            return null;
        }
        return d.get();
    }

    public YearMonth month(SheetColumn column) {
        return typed(column, CellValues::month);
    }

    public BigDecimal amount(SheetColumn column) {
        return typed(column, CellValues::amount);
    }

    public BigDecimal percent(SheetColumn column) {
        return typed(column, CellValues::percent);
    }

    public BigDecimal number(SheetColumn column) {
        return typed(column, CellValues::numberOrPercent);
    }

    /** A plain number, read as written: no % sign, no fraction for a percentage. */
    public BigDecimal decimal(SheetColumn column) {
        return typed(column, CellValues::number);
    }

    /** The items of a semicolon-separated list, each matched to the column's choices when it has them. */
    public List<String> list(SheetColumn column) {
        String v = text(column);
        List<String> items = new ArrayList<>();
        if (v.isEmpty()) {
            return items;
        }
        // split on ; , and line feed by hand: String.split would compile the character class for every cell
        for (int start = 0, end; start <= v.length(); start = end + 1) {
            end = start;
            while (end < v.length() && v.charAt(end) != ';' && v.charAt(end) != ',' && v.charAt(end) != '\n') {
                end++;
            }
            String item = v.substring(start, end).strip();
            if (item.isEmpty()) {
                continue;
            }
            if (column.choices().isEmpty()) {
                items.add(item);
                continue;
            }
            Optional<String> match = CellValues.choice(item, column.choices());
            if (match.isEmpty()) {
                problem(column, v, column.header() + " must be " + column.accepted() + "; found '" + item + "' in '" + v + "'");
            } else if (!items.contains(match.get())) {
                items.add(match.get());
            }
        }
        return items;
    }
}
