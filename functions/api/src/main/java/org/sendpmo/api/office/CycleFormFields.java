package org.sendpmo.api.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleDraft;

/**
 * The cycle form's fields: the same names as {@link CycleDraft}'s components and the problems' fields, so each
 * error links to its input. Dates are shown as typed, or in the form 16/12/2026.
 */
final class CycleFormFields {

    static final List<String> NAMES = List.of("board", "meetingDate", "reportingMonth", "returnsDue", "cutOff");

    private CycleFormFields() {
    }

    static CycleDraft toDraft(Map<String, String> form) {
        Map<String, String> v = values(form);
        return new CycleDraft(v.get("board"), v.get("meetingDate"), v.get("reportingMonth"), v.get("returnsDue"), v.get("cutOff"));
    }

    /** Every field with its value ("" when absent), so the template never meets a missing value. */
    static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = form.get(name);
            values.put(name, value == null ? "" : value);
        }
        values.put("reason", form.getOrDefault("reason", ""));
        return values;
    }

    /** An existing cycle's values, for its edit form. */
    static Map<String, String> of(BoardCycle cycle) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("board", cycle.boardCode().name());
        values.put("meetingDate", OfficeFormat.input(cycle.meetingDate()));
        values.put("reportingMonth", cycle.reportingMonth().toString());
        values.put("returnsDue", cycle.returnsDue() == null ? "" : OfficeFormat.input(cycle.returnsDue()));
        values.put("cutOff", OfficeFormat.input(cycle.cutOff()));
        values.put("reason", "");
        return values;
    }
}
