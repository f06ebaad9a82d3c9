package org.sendpmo.api.office;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiDefinitionValidator;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.Problem;

/** Builds the models of the programme office's KPI definitions list and form, and renders them. */
@Singleton
public class KpiPages {

    private final Pages pages;
    private final SiteConfig site;

    public KpiPages(Pages pages, SiteConfig site) {
        this.pages = pages;
        this.site = site;
    }

    /** Every definition, critical KPIs first, each with its fields in words. */
    public String list(List<KpiDefinition> definitions) {
        Map<String, Object> model = base("KPI definitions");
        model.put("kpis", definitions.stream()
                .sorted(java.util.Comparator.comparing((KpiDefinition k) -> !k.critical()).thenComparing(KpiDefinition::id))
                .map(KpiPages::row).toList());
        return pages.render("app/kpis.ftlh", model);
    }

    /** The new-KPI form ({@code editing} null) or an existing KPI's edit form, with the values and problems given. */
    public String form(KpiDefinition editing, Map<String, String> values, List<Problem> problems) {
        Map<String, Object> model = base(editing == null ? "Add a KPI" : "Change " + editing.id() + ": " + editing.name());
        model.put("editing", editing != null);
        model.put("kpiId", editing == null ? "" : editing.id());
        model.put("action", editing == null ? "/office/kpis" : "/office/kpis/" + editing.id());
        model.put("unitOptions", options(KpiUnit.values(), "Select a unit", u -> u.label() + " (" + u.accepts() + ")"));
        model.put("polarityOptions", options(Polarity.values(), "Select which way is better", KpiDefinitionValidator::label));
        model.put("frequencyOptions", options(KpiFrequency.values(), "Select how often", KpiDefinitionValidator::label));
        model.put("criticalOptions", List.of(Map.of("value", "yes", "label", "Yes", "hint", ""),
                Map.of("value", "no", "label", "No", "hint", "")));
        List<Map<String, String>> areas = new ArrayList<>();
        for (ImprovementArea a : ImprovementArea.values()) {
            areas.add(Map.of("value", a.name(), "label", a.name() + ": " + a.shortName(), "hint", ""));
        }
        model.put("areaOptions", areas);
        model.put("values", KpiFormFields.values(values));
        model.put("problems", problems);
        Map<String, String> errorFor = new HashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        model.put("errorFor", errorFor);
        return pages.render("app/kpi-form.ftlh", model);
    }

    private static <E extends Enum<E>> List<Map<String, String>> options(E[] values, String prompt,
                                                                         java.util.function.Function<E, String> label) {
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", prompt));
        for (E e : values) {
            options.add(Map.of("value", e.name(), "label", label.apply(e)));
        }
        return options;
    }

    private static Map<String, String> row(KpiDefinition k) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", k.id());
        row.put("name", k.name());
        row.put("href", "/office/kpis/" + k.id());
        row.put("critical", k.critical() ? "yes" : "");
        row.put("unit", k.unit().label());
        row.put("polarity", KpiDefinitionValidator.label(k.polarity()));
        row.put("owner", k.owner());
        row.put("frequency", KpiDefinitionValidator.label(k.frequency()));
        row.put("areas", k.areas().isEmpty() ? "None" : k.areas().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        row.put("baseline", k.baseline() == null ? "None agreed"
                : k.baseline().value().toPlainString() + " (" + OfficeFormat.month(k.baseline().month()) + ")");
        row.put("targets", targets(k));
        return row;
    }

    private static String targets(KpiDefinition k) {
        if (!k.targets().anySet()) {
            return "None set";
        }
        List<String> parts = new ArrayList<>();
        target(parts, "3 months", k.targets().at3Months());
        target(parts, "6 months", k.targets().at6Months());
        target(parts, "12 months", k.targets().at12Months());
        return String.join("; ", parts);
    }

    private static void target(List<String> parts, String when, BigDecimal value) {
        if (value != null) {
            parts.add(when + ": " + value.toPlainString());
        }
    }

    private Map<String, Object> base(String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("programmeName", site.getProgrammeName());
        return model;
    }
}
