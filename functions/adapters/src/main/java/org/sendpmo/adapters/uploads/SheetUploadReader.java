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
import org.sendpmo.project.ProjectDraft;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.adapters.sheets.ProjectSheet;

/** Reads uploads with the sheet definitions the templates are generated from. */
@Singleton
public class SheetUploadReader implements SheetReader {

    private final ReturnValidator validator;
    private final ProjectDirectory projects;
    private final KpiStore kpis;
    private final ProjectRegistry registry;

    /** @param registry none in a function with no user directory, which never reads registry files (UploadProcessor) */
    public SheetUploadReader(ReturnValidator validator, ProjectDirectory projects, KpiStore kpis,
                             @io.micronaut.core.annotation.Nullable ProjectRegistry registry) {
        this.validator = validator;
        this.projects = projects;
        this.kpis = kpis;
        this.registry = registry;
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

    @Override
    public Read<ProjectRegistry.ImportRow> projectRegistry(byte[] bytes) {
        SheetResult<ProjectDraft> result = ProjectSheet.parse(bytes);
        List<ProjectRegistry.ImportRow> rows = result.rows().stream()
                .map(r -> new ProjectRegistry.ImportRow(r.row(), r.value())).toList();
        if (!result.accepted()) {
            return read(result, rows);
        }
        ProjectRegistry.ImportCheck check = registry.checkImport(rows);
        List<UploadProblem> problems = new java.util.ArrayList<>();
        check.problemsByRow().forEach((row, list) -> list.forEach(p -> problems.add(new UploadProblem(result.sheet(), row,
                ProjectSheet.BY_FIELD.getOrDefault(p.field(), ProjectSheet.NAME).header(), p.value(), p.message()))));
        return new Read<>(rows.size(), problems.isEmpty() ? rows : List.of(), problems);
    }

    private static <T> Read<T> read(SheetResult<?> result, List<T> values) {
        return new Read<>(result.rows().size(), values, result.problems().stream().map(SheetUploadReader::problem).toList());
    }

    private static UploadProblem problem(SheetProblem p) {
        return new UploadProblem(p.sheet(), p.row(), p.column(), p.value(), p.message());
    }
}
