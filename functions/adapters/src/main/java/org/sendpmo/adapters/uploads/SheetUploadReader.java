package org.sendpmo.adapters.uploads;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import org.sendpmo.adapters.sheets.KpiSheet;
import org.sendpmo.adapters.sheets.ReturnSheet;
import org.sendpmo.adapters.sheets.RiskSheet;
import org.sendpmo.adapters.sheets.SheetProblem;
import org.sendpmo.adapters.sheets.SheetResult;
import org.sendpmo.kpi.KpiFigure;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.ReturnValidator;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.uploads.SheetReader;
import org.sendpmo.uploads.UploadProblem;

/** Reads uploads with the sheet definitions the templates are generated from. */
@Singleton
public class SheetUploadReader implements SheetReader {

    private final ReturnValidator validator;
    private final ProjectDirectory projects;
    private final KpiStore kpis;

    public SheetUploadReader(ReturnValidator validator, ProjectDirectory projects, KpiStore kpis) {
        this.validator = validator;
        this.projects = projects;
        this.kpis = kpis;
    }

    @Override
    public Read<ProjectReturn> returns(byte[] bytes, YearMonth currentMonth) {
        SheetResult<ReturnSheet.ValidReturn> result = ReturnSheet.validate(ReturnSheet.parse(bytes), validator, currentMonth);
        return read(result, result.values().stream().map(ReturnSheet.ValidReturn::value).toList());
    }

    @Override
    public Read<RiskEntry> riskRegister(byte[] bytes) {
        SheetResult<RiskEntry> result = RiskSheet.parse(bytes, projects);
        return read(result, result.values());
    }

    @Override
    public Read<KpiFigure> kpiObservations(byte[] bytes, YearMonth currentMonth) {
        SheetResult<KpiFigure> result = KpiSheet.parse(bytes, kpis.definitions(),
                (kpiId, month) -> kpis.latestOf(kpiId, null, month), currentMonth);
        return read(result, result.values());
    }

    private static <T> Read<T> read(SheetResult<?> result, List<T> values) {
        return new Read<>(result.rows().size(), values, result.problems().stream().map(SheetUploadReader::problem).toList());
    }

    private static UploadProblem problem(SheetProblem p) {
        return new UploadProblem(p.sheet(), p.row(), p.column(), p.value(), p.message());
    }
}
