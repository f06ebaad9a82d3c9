package org.sendpmo.returns;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.sendpmo.scoring.CriterionScores;

/**
 * One project's monthly return, as submitted. It holds no submission time, so that the same
 * content submitted twice has the same bytes, the same hash and is recognised as a duplicate.
 */
public record ProjectReturn(String projectId, YearMonth reportingMonth, Rag overallRag, String progressCommentary,
                            List<Milestone> milestones, List<String> keyRisksAndIssues, CriterionScores scores,
                            String submittedBy) {

    public ProjectReturn {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reportingMonth, "reportingMonth");
        Objects.requireNonNull(overallRag, "overallRag");
        Objects.requireNonNull(scores, "scores");
        progressCommentary = progressCommentary == null ? "" : progressCommentary;
        milestones = List.copyOf(milestones);
        keyRisksAndIssues = List.copyOf(keyRisksAndIssues);
        submittedBy = submittedBy == null ? "" : submittedBy;
    }
}
