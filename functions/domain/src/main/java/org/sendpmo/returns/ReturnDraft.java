package org.sendpmo.returns;

import java.util.List;
import java.util.Map;

/**
 * A return as typed into the form or sent as JSON: every value still text, so that a bad value
 * can be shown back to the person with a message instead of failing to bind.
 *
 * @param scores           criterion id ({@code c01}..{@code c11}) to the score as typed; blank means unscored
 * @param percentComplete  0 to 100, "45" or "45%"; blank when not given
 * @param improvementAreas area codes C1..C9 as typed
 * @param kpiValues        KPI id and value pairs; blank pairs are skipped
 */
public record ReturnDraft(String projectId, String reportingMonth, String overallRag, String progressCommentary,
                          List<MilestoneDraft> milestones, List<String> keyRisksAndIssues,
                          Map<String, String> scores, String submittedBy, String percentComplete, FinanceDraft finance,
                          List<String> improvementAreas, List<KpiValueDraft> kpiValues) {

    public ReturnDraft {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        keyRisksAndIssues = keyRisksAndIssues == null ? List.of() : keyRisksAndIssues.stream()
                .map(s -> s == null ? "" : s).toList();
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        finance = finance == null ? FinanceDraft.BLANK : finance;
        improvementAreas = improvementAreas == null ? List.of() : improvementAreas.stream()
                .map(s -> s == null ? "" : s).toList();
        kpiValues = kpiValues == null ? List.of() : kpiValues.stream()
                .map(k -> k == null ? new KpiValueDraft("", "") : k).toList();
    }

    /** A draft without percent complete, finance, improvement areas or KPI values. */
    public ReturnDraft(String projectId, String reportingMonth, String overallRag, String progressCommentary,
                       List<MilestoneDraft> milestones, List<String> keyRisksAndIssues,
                       Map<String, String> scores, String submittedBy) {
        this(projectId, reportingMonth, overallRag, progressCommentary, milestones, keyRisksAndIssues, scores, submittedBy,
                "", FinanceDraft.BLANK, List.of(), List.of());
    }

    /** @param complete "true"/"yes" when complete; blank or "false"/"no" when not */
    public record MilestoneDraft(String name, String baseline, String forecast, String complete) {

        public boolean isBlank() {
            return blank(name) && blank(baseline) && blank(forecast);
        }
    }

    /**
     * The finance fields as typed: amounts in pounds ("250000", "£250,000"), the Safety Valve impact
     * (None, Low, Medium or High) and whether Finance has assured the figures ("yes"/"no").
     */
    public record FinanceDraft(String shortTermSavings, String longTermSavings, String costToDeliver,
                               String safetyValveImpact, String financeAssured) {
        public static final FinanceDraft BLANK = new FinanceDraft("", "", "", "", "");
    }

    /** One KPI value as typed: the KPI's id and its value for the month. */
    public record KpiValueDraft(String kpiId, String value) {

        public boolean isBlank() {
            return blank(kpiId) && blank(value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
