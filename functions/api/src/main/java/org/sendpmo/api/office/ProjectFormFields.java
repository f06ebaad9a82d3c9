package org.sendpmo.api.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.MinisterialPriority;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDraft;

/**
 * The registry form's fields: the names of {@link ProjectDraft}'s components, so each problem links to its input.
 * The areas and priorities are checkboxes, each posting {@code improvementAreas.C1=yes}; dates are shown as typed,
 * or in the form 16/12/2026.
 */
final class ProjectFormFields {

    static final List<String> TEXT = List.of("name", "description", "operationalGroup", "lead", "stage", "startDate",
            "plannedEndDate", "dependencies");

    private ProjectFormFields() {
    }

    static ProjectDraft toDraft(Map<String, String> form) {
        Map<String, String> v = values(form);
        return new ProjectDraft("", v.get("name"), v.get("description"), v.get("operationalGroup"), v.get("lead"),
                ticked(form, "improvementAreas", codes(ImprovementArea.values())),
                ticked(form, "priorities", codes(MinisterialPriority.values())), v.get("stage"), v.get("startDate"),
                v.get("plannedEndDate"), v.get("dependencies"));
    }

    /** Every field with its value ("" when absent), so the template never meets a missing value. */
    static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : TEXT) {
            String value = form.get(name);
            values.put(name, value == null ? "" : value);
        }
        for (String code : codes(ImprovementArea.values())) {
            values.put("improvementAreas." + code, form.getOrDefault("improvementAreas." + code, ""));
        }
        for (String code : codes(MinisterialPriority.values())) {
            values.put("priorities." + code, form.getOrDefault("priorities." + code, ""));
        }
        return values;
    }

    /** An existing project's values, for its edit form. */
    static Map<String, String> of(Project p) {
        ProjectDraft d = ProjectDraft.of(p);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", d.name());
        form.put("description", d.description());
        form.put("operationalGroup", d.operationalGroup());
        form.put("lead", d.lead());
        form.put("stage", p.stage().name());
        form.put("startDate", p.startDate() == null ? "" : OfficeFormat.input(p.startDate()));
        form.put("plannedEndDate", p.plannedEndDate() == null ? "" : OfficeFormat.input(p.plannedEndDate()));
        form.put("dependencies", d.dependencies().replace(",", ", "));
        p.improvementAreas().forEach(a -> form.put("improvementAreas." + a.name(), "yes"));
        p.priorities().forEach(b -> form.put("priorities." + b.name(), "yes"));
        return values(form);
    }

    private static String ticked(Map<String, String> form, String name, List<String> codes) {
        List<String> ticked = new ArrayList<>();
        for (String code : codes) {
            if (!form.getOrDefault(name + "." + code, "").isEmpty()) {
                ticked.add(code);
            }
        }
        return String.join(",", ticked);
    }

    private static List<String> codes(Enum<?>[] values) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> e : values) {
            codes.add(e.name());
        }
        return codes;
    }
}
