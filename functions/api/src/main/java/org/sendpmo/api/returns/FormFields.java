package org.sendpmo.api.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.ReturnDraft;
import org.sendpmo.scoring.Criterion;

/**
 * The return form's field names, and the conversion between the posted fields and a {@link ReturnDraft}.
 * Field names equal the problem field ids the validator reports, so each error links to its input.
 * Improvement areas are one checkbox each ({@code improvementAreas.C1} = "yes"), so a plain map of
 * posted fields holds them all; their errors are reported on {@code improvementAreas}, the first box.
 */
public final class FormFields {

    /** Milestone rows shown on an empty form; a posted form keeps as many rows as it had. */
    public static final int MILESTONE_ROWS = 5;
    /** KPI value rows shown on an empty form; a posted form keeps as many rows as it had. */
    public static final int KPI_ROWS = 3;
    private static final String[] MILESTONE_PARTS = {"name", "baseline", "forecast", "complete"};
    private static final List<String> FINANCE_FIELDS = List.of("finance.shortTermSavings", "finance.longTermSavings",
            "finance.costToDeliver", "finance.safetyValveImpact", "finance.financeAssured");

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
        List<String> areas = new ArrayList<>();
        for (ImprovementArea a : ImprovementArea.values()) {
            if (!get(form, area(a)).isBlank()) {
                areas.add(a.code());
            }
        }
        List<ReturnDraft.KpiValueDraft> kpis = new ArrayList<>();
        for (int i = 0; i < kpiRows(form); i++) {
            kpis.add(new ReturnDraft.KpiValueDraft(get(form, kpi(i, "kpiId")), get(form, kpi(i, "value"))));
        }
        ReturnDraft.FinanceDraft finance = new ReturnDraft.FinanceDraft(get(form, "finance.shortTermSavings"),
                get(form, "finance.longTermSavings"), get(form, "finance.costToDeliver"), get(form, "finance.safetyValveImpact"),
                get(form, "finance.financeAssured"));
        return new ReturnDraft(get(form, "projectId"), get(form, "reportingMonth"), get(form, "overallRag"),
                get(form, "progressCommentary"), milestones, risks, scores, get(form, "submittedBy"),
                get(form, "percentComplete"), finance, areas, kpis);
    }

    /**
     * The form's fields holding a draft's values: the other way from {@link #toDraft}. Key risks become one per
     * line; a blank row of milestones or KPI values is left out.
     */
    public static Map<String, String> fromDraft(ReturnDraft draft) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("projectId", draft.projectId());
        form.put("reportingMonth", draft.reportingMonth());
        form.put("overallRag", draft.overallRag());
        form.put("progressCommentary", draft.progressCommentary());
        form.put("keyRisksAndIssues", String.join("\n", draft.keyRisksAndIssues()));
        form.put("submittedBy", draft.submittedBy());
        form.put("percentComplete", draft.percentComplete());
        List<ReturnDraft.MilestoneDraft> milestones = draft.milestones().stream().filter(m -> !m.isBlank()).toList();
        for (int i = 0; i < milestones.size(); i++) {
            ReturnDraft.MilestoneDraft m = milestones.get(i);
            form.put(milestone(i, "name"), m.name());
            form.put(milestone(i, "baseline"), m.baseline());
            form.put(milestone(i, "forecast"), m.forecast());
            form.put(milestone(i, "complete"), m.complete());
        }
        List<ReturnDraft.KpiValueDraft> kpis = draft.kpiValues().stream().filter(k -> !k.isBlank()).toList();
        for (int i = 0; i < kpis.size(); i++) {
            form.put(kpi(i, "kpiId"), kpis.get(i).kpiId());
            form.put(kpi(i, "value"), kpis.get(i).value());
        }
        draft.improvementAreas().forEach(code -> form.put("improvementAreas." + code, "yes"));
        ReturnDraft.FinanceDraft f = draft.finance();
        form.put("finance.shortTermSavings", f.shortTermSavings());
        form.put("finance.longTermSavings", f.longTermSavings());
        form.put("finance.costToDeliver", f.costToDeliver());
        form.put("finance.safetyValveImpact", f.safetyValveImpact());
        form.put("finance.financeAssured", f.financeAssured());
        draft.scores().forEach((criterion, score) -> form.put("scores." + criterion, score));
        return form;
    }

    /** Every field with its value ("" when absent), so the template never meets a missing value. */
    public static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("projectId", "reportingMonth", "overallRag", "progressCommentary",
                "keyRisksAndIssues", "submittedBy", "percentComplete")) {
            values.put(field, get(form, field));
        }
        for (int i = 0; i < milestoneRows(form); i++) {
            for (String part : MILESTONE_PARTS) {
                values.put(milestone(i, part), get(form, milestone(i, part)));
            }
        }
        for (ImprovementArea a : ImprovementArea.values()) {
            values.put(area(a), get(form, area(a)));
        }
        for (int i = 0; i < kpiRows(form); i++) {
            values.put(kpi(i, "kpiId"), get(form, kpi(i, "kpiId")));
            values.put(kpi(i, "value"), get(form, kpi(i, "value")));
        }
        for (String field : FINANCE_FIELDS) {
            values.put(field, get(form, field));
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

    public static int kpiRows(Map<String, String> form) {
        int rows = KPI_ROWS;
        while (form.containsKey(kpi(rows, "kpiId")) && rows < 20) {
            rows++;
        }
        return rows;
    }

    static String milestone(int index, String part) {
        return "milestones[" + index + "]." + part;
    }

    static String kpi(int index, String part) {
        return "kpiValues[" + index + "]." + part;
    }

    static String area(ImprovementArea area) {
        return "improvementAreas." + area.code();
    }

    private static String get(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value;
    }
}
