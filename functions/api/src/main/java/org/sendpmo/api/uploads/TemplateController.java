package org.sendpmo.api.uploads;

import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.Map;
import org.sendpmo.adapters.sheets.KpiSheet;
import org.sendpmo.adapters.sheets.ReturnSheet;
import org.sendpmo.adapters.sheets.RiskSheet;
import org.sendpmo.adapters.sheets.SheetSchema;
import org.sendpmo.adapters.sheets.SheetTemplates;

/**
 * Downloadable templates for the monthly returns, the risk register and the KPI observations, generated from the same column
 * definitions the upload parser uses, so a filled-in template is always accepted by shape.
 */
@Controller("/templates")
@Secured({Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class TemplateController {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, SheetSchema> SHEETS = Map.of("returns", ReturnSheet.SCHEMA, "risk-register", RiskSheet.SCHEMA,
            "kpi-observations", KpiSheet.SCHEMA, "project-registry", org.sendpmo.adapters.sheets.ProjectSheet.SCHEMA);

    /** {@code /templates/returns.xlsx}, {@code /templates/risk-register.csv} and so on. */
    @Get("/{file}")
    public HttpResponse<?> template(@PathVariable String file) {
        int dot = file.lastIndexOf('.');
        SheetSchema schema = dot < 0 ? null : SHEETS.get(file.substring(0, dot));
        String type = dot < 0 ? "" : file.substring(dot + 1);
        if (schema == null || !(type.equals("xlsx") || type.equals("csv"))) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("No template " + file + ": use " + SHEETS.keySet().stream().sorted().map(k -> k + ".xlsx, " + k + ".csv")
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        byte[] bytes = type.equals("xlsx") ? SheetTemplates.xlsx(schema) : SheetTemplates.csv(schema);
        return HttpResponse.ok(bytes)
                .contentType(type.equals("xlsx") ? XLSX : "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
