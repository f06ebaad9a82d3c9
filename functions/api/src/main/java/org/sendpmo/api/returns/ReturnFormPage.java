package org.sendpmo.api.returns;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.Methodology;

/** Builds the models of the return form and its confirmation, and renders them. */
@Singleton
public class ReturnFormPage {

    /** Months offered in the form: the current one and the eleven before it. */
    private static final int MONTHS_OFFERED = 12;

    private final Pages pages;
    private final ProjectDirectory projects;
    private final Methodology methodology;
    private final SiteConfig site;
    private final Clock clock;
    private final KpiStore kpis;

    public ReturnFormPage(Pages pages, ProjectDirectory projects, Methodology methodology, SiteConfig site, Clock clock,
                          KpiStore kpis) {
        this.pages = pages;
        this.projects = projects;
        this.methodology = methodology;
        this.site = site;
        this.clock = clock;
        this.kpis = kpis;
    }

    /** The form, offering the projects this person may report on. */
    public String form(Map<String, String> posted, List<Problem> problems, org.sendpmo.access.Actor actor) {
        return form(posted, problems, actor, Notice.NONE);
    }

    /**
     * What the form says above its fields about where its values came from.
     *
     * @param prefilledFrom the earlier return the values were carried over from, if any
     * @param draftSavedAt  when the draft shown was saved, if the form is a resumed draft
     * @param justSaved     the draft was saved a moment ago (the banner says so)
     */
    public record Notice(java.util.Optional<RecordedReturn> prefilledFrom, java.util.Optional<java.time.Instant> draftSavedAt,
                         boolean justSaved) {
        public static final Notice NONE = new Notice(java.util.Optional.empty(), java.util.Optional.empty(), false);
    }

    public String form(Map<String, String> posted, List<Problem> problems, org.sendpmo.access.Actor actor, Notice notice) {
        Map<String, Object> model = base("Submit a monthly return");
        notice.prefilledFrom().ifPresent(r -> model.put("prefilledFrom", r));
        notice.draftSavedAt().ifPresent(at -> model.put("draftSavedAt", LeadFormat.when(at)));
        model.put("justSaved", notice.justSaved());
        Map<String, String> values = FormFields.values(posted);
        if (values.get("reportingMonth").isEmpty() && problems.isEmpty()) {
            values.put("reportingMonth", currentMonth().toString());
        }
        model.put("values", values);
        model.put("milestoneRows", FormFields.milestoneRows(posted));
        model.put("kpiRows", FormFields.kpiRows(posted));
        model.put("kpiOptions", kpiOptions());
        model.put("areaOptions", areaOptions());
        model.put("projects", projects.all().stream().filter(p -> actor.mayReportOn(p.id())).toList());
        model.put("months", months());
        model.put("rules", methodology.orderedRules());
        model.put("problems", problems);
        Map<String, String> errorFor = new HashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        model.put("errorFor", errorFor);
        return pages.render("app/return-form.ftlh", model);
    }

    public String confirmation(RecordedReturn recorded, boolean duplicate, String emailed) {
        Map<String, Object> model = base(duplicate ? "Return already received" : "Return received");
        model.put("recorded", recorded);
        model.put("duplicate", duplicate);
        model.put("emailed", emailed);
        model.put("receivedAt", LeadFormat.when(recorded.receivedAt()));
        model.put("project", projects.find(recorded.content().projectId()).orElseThrow());
        return pages.render("app/return-confirmation.ftlh", model);
    }

    /** The form again, values kept, with one problem saying nothing was saved and to retry. */
    public String notStored(Map<String, String> posted, org.sendpmo.access.Actor actor) {
        return form(posted, actor, List.of(new Problem("projectId", "",
                "Your return was not saved because the service could not store it just now. Nothing was recorded: "
                        + "submit the form again in a minute. If it keeps failing, tell the programme office.")));
    }

    private String form(Map<String, String> posted, org.sendpmo.access.Actor actor, List<Problem> problems) {
        return form(posted, problems, actor);
    }

    private Map<String, Object> base(String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("programmeName", site.getProgrammeName());
        return model;
    }

    private YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(ProgrammeTime.ZONE));
    }

    /** The programme's KPIs for the KPI drop-downs: {value, label}, the first "Select a KPI". */
    private List<Map<String, String>> kpiOptions() {
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", "Select a KPI"));
        for (KpiDefinition k : kpis.definitions()) {
            options.add(Map.of("value", k.id(), "label", k.id() + " – " + k.name()
                    + (k.unit() == KpiUnit.NOT_DEFINED ? "" : " (" + k.unit().label() + ")")));
        }
        return options;
    }

    /** The nine improvement areas as checkboxes: {value, label, hint}. */
    private static List<Map<String, String>> areaOptions() {
        List<Map<String, String>> options = new ArrayList<>();
        for (ImprovementArea a : ImprovementArea.values()) {
            options.add(Map.of("value", a.code(), "label", a.code() + ": " + a.shortName(), "hint", ""));
        }
        return options;
    }

    private List<String> months() {
        List<String> months = new ArrayList<>();
        YearMonth month = currentMonth();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(month.minusMonths(i).toString());
        }
        return months;
    }
}
