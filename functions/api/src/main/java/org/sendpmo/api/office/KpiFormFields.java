package org.sendpmo.api.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.kpi.KpiDefinitionDraft;
import org.sendpmo.project.ImprovementArea;

/**
 * The KPI definition form's fields: the same names as {@link KpiDefinitionDraft}'s components and the problems'
 * fields, so each error links to its input. Improvement areas are checkboxes named {@code areas.C1} … {@code areas.C9}.
 */
final class KpiFormFields {

    static final List<String> NAMES = List.of("id", "name", "unit", "polarity", "owner", "frequency", "critical",
            "baselineMonth", "baselineValue", "target3Months", "target6Months", "target12Months");

    private KpiFormFields() {
    }

    static KpiDefinitionDraft toDraft(Map<String, String> form) {
        Map<String, String> v = values(form);
        List<String> areas = new ArrayList<>();
        for (ImprovementArea a : ImprovementArea.values()) {
            if (!v.get("areas." + a.name()).isEmpty()) {
                areas.add(a.name());
            }
        }
        return new KpiDefinitionDraft(v.get("id"), v.get("name"), v.get("unit"), v.get("polarity"), v.get("owner"),
                v.get("frequency"), "yes".equals(v.get("critical")), areas, v.get("baselineMonth"), v.get("baselineValue"),
                v.get("target3Months"), v.get("target6Months"), v.get("target12Months"));
    }

    /** Every field with its value ("" when absent), so the template never meets a missing value. */
    static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = form.get(name);
            values.put(name, value == null ? "" : value);
        }
        for (ImprovementArea a : ImprovementArea.values()) {
            String box = "areas." + a.name();
            values.put(box, form.get(box) == null ? "" : form.get(box));
        }
        return values;
    }

    /** An existing definition's values, for its edit form. */
    static Map<String, String> of(KpiDefinitionDraft d) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", d.id());
        form.put("name", d.name());
        form.put("unit", d.unit());
        form.put("polarity", d.polarity());
        form.put("owner", d.owner());
        form.put("frequency", d.frequency());
        form.put("critical", d.critical() ? "yes" : "no");
        form.put("baselineMonth", d.baselineMonth());
        form.put("baselineValue", d.baselineValue());
        form.put("target3Months", d.target3Months());
        form.put("target6Months", d.target6Months());
        form.put("target12Months", d.target12Months());
        d.areas().forEach(a -> form.put("areas." + a, "yes"));
        return values(form);
    }
}
