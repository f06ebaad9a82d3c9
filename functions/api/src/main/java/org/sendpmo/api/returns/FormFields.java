package org.sendpmo.api.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.returns.ReturnDraft;
import org.sendpmo.scoring.Criterion;

/**
 * The return form's field names, and the conversion between the posted fields and a {@link ReturnDraft}.
 * Field names equal the problem field ids the validator reports, so each error links to its input.
 */
public final class FormFields {

    /** Milestone rows shown on an empty form; a posted form keeps as many rows as it had. */
    public static final int MILESTONE_ROWS = 5;
    private static final String[] MILESTONE_PARTS = {"name", "baseline", "forecast", "complete"};

    private FormFields() {
    }

    public static ReturnDraft toDraft(Map<String, String> form) {
        List<ReturnDraft.MilestoneDraft> milestones = new ArrayList<>();
        for (int i = 0; i < milestoneRows(form); i++) {
            milestones.add(new ReturnDraft.MilestoneDraft(get(form, milestone(i, "name")), get(form, milestone(i, "baseline")),
                    get(form, milestone(i, "forecast")), get(form, milestone(i, "complete"))));
        }
        Map<String, String> scores = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            scores.put(c.id(), get(form, "scores." + c.id()));
        }
        List<String> risks = Arrays.asList(get(form, "keyRisksAndIssues").split("\\R"));
        return new ReturnDraft(get(form, "projectId"), get(form, "reportingMonth"), get(form, "overallRag"),
                get(form, "progressCommentary"), milestones, risks, scores, get(form, "submittedBy"));
    }

    /** Every field with its value ("" when absent), so the template never meets a missing value. */
    public static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("projectId", "reportingMonth", "overallRag", "progressCommentary",
                "keyRisksAndIssues", "submittedBy")) {
            values.put(field, get(form, field));
        }
        for (int i = 0; i < milestoneRows(form); i++) {
            for (String part : MILESTONE_PARTS) {
                values.put(milestone(i, part), get(form, milestone(i, part)));
            }
        }
        for (Criterion c : Criterion.values()) {
            values.put("scores." + c.id(), get(form, "scores." + c.id()));
        }
        return values;
    }

    public static int milestoneRows(Map<String, String> form) {
        int rows = MILESTONE_ROWS;
        while (form.containsKey(milestone(rows, "name")) && rows < 50) {
            rows++;
        }
        return rows;
    }

    static String milestone(int index, String part) {
        return "milestones[" + index + "]." + part;
    }

    private static String get(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value;
    }
}
