package org.sendpmo.uploads;

import java.time.YearMonth;
import java.util.List;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.risk.RiskEntry;

/**
 * Port: reads and checks a spreadsheet (CSV or XLSX, told apart by its bytes) against its template's
 * columns, the methodology's ranges and the known projects.
 */
public interface SheetReader {

    /**
     * Every row, or every problem.
     *
     * @param values empty when there are problems
     */
    record Read<T>(int rowsRead, List<T> values, List<UploadProblem> problems) {
        public Read {
            values = List.copyOf(values);
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** @param currentMonth the month the file was uploaded in: a later reporting month is a problem */
    Read<ProjectReturn> returns(byte[] bytes, YearMonth currentMonth);

    Read<RiskEntry> riskRegister(byte[] bytes);

    /**
     * Kent-wide KPI figures, checked against the KPI definitions and the figures in force: an unknown KPI, a
     * month after {@code currentMonth}, a value not in the KPI's unit, a revision without a reason and the
     * same KPI and month twice in the file are each a problem on its row.
     */
    Read<org.sendpmo.kpi.KpiFigure> kpiObservations(byte[] bytes, YearMonth currentMonth);

    /**
     * The project registry's rows, checked against the registry as it would be after them (unique names,
     * leads who are users, dependencies that exist), every problem on its row and column.
     */
    Read<org.sendpmo.project.ProjectRegistry.ImportRow> projectRegistry(byte[] bytes);
}
