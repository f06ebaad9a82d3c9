package org.sendpmo.api.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.returns.ReturnDraft;

/**
 * The JSON body of {@code POST /api/returns}. Values are taken loosely (a score may be 4 or "4",
 * {@code complete} true or "yes") and checked by the same validator as the form.
 */
@Serdeable
public record ReturnRequest(@Nullable String projectId, @Nullable String reportingMonth, @Nullable String overallRag,
                            @Nullable String progressCommentary, @Nullable List<MilestoneRequest> milestones,
                            @Nullable List<String> keyRisksAndIssues, @Nullable Map<String, Object> scores,
                            @Nullable String submittedBy) {

    @Serdeable
    public record MilestoneRequest(@Nullable String name, @Nullable String baseline, @Nullable String forecast,
                                   @Nullable Object complete) {
    }

    public ReturnDraft toDraft() {
        Map<String, String> scoreText = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((k, v) -> scoreText.put(k, v == null ? "" : String.valueOf(v)));
        }
        List<ReturnDraft.MilestoneDraft> drafts = milestones == null ? List.of() : milestones.stream()
                .map(m -> m == null ? new ReturnDraft.MilestoneDraft("", "", "", "")
                        : new ReturnDraft.MilestoneDraft(m.name(), m.baseline(), m.forecast(),
                        m.complete() == null ? "" : String.valueOf(m.complete())))
                .toList();
        return new ReturnDraft(projectId, reportingMonth, overallRag, progressCommentary, drafts, keyRisksAndIssues,
                scoreText, submittedBy);
    }
}
