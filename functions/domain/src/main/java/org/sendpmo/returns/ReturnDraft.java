package org.sendpmo.returns;

import java.util.List;
import java.util.Map;

/**
 * A return as typed into the form or sent as JSON: every value still text, so that a bad value
 * can be shown back to the person with a message instead of failing to bind.
 *
 * @param scores criterion id ({@code c01}..{@code c11}) to the score as typed; blank means unscored
 */
public record ReturnDraft(String projectId, String reportingMonth, String overallRag, String progressCommentary,
                          List<MilestoneDraft> milestones, List<String> keyRisksAndIssues,
                          Map<String, String> scores, String submittedBy) {

    public ReturnDraft {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        keyRisksAndIssues = keyRisksAndIssues == null ? List.of() : keyRisksAndIssues.stream()
                .map(s -> s == null ? "" : s).toList();
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    /** @param complete "true"/"yes" when complete; blank or "false"/"no" when not */
    public record MilestoneDraft(String name, String baseline, String forecast, String complete) {

        public boolean isBlank() {
            return blank(name) && blank(baseline) && blank(forecast);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
