package org.sendpmo.returns;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.scoring.CriterionScores;

/**
 * One project's monthly return, as submitted. It holds no submission time, so that the same
 * content submitted twice has the same bytes, the same hash and is recognised as a duplicate.
 *
 * @param percentComplete  how far through delivery the project is, 0 to 100; null when not given
 * @param finance          savings, cost to deliver, Safety Valve impact and Finance's assurance
 *                         ({@link ReturnFinance#NONE} when nothing is given)
 * @param improvementAreas the areas of weakness (C1–C9) this month's work contributes to; may be empty
 * @param kpiValues        the project's KPI values for the month, at most one per KPI, ordered by KPI id
 */
public record ProjectReturn(String projectId, YearMonth reportingMonth, Rag overallRag, String progressCommentary,
                            List<Milestone> milestones, List<String> keyRisksAndIssues, CriterionScores scores,
                            String submittedBy, BigDecimal percentComplete, ReturnFinance finance,
                            Set<ImprovementArea> improvementAreas, List<KpiValue> kpiValues) {

    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

    public ProjectReturn {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reportingMonth, "reportingMonth");
        Objects.requireNonNull(overallRag, "overallRag");
        Objects.requireNonNull(scores, "scores");
        progressCommentary = progressCommentary == null ? "" : progressCommentary;
        milestones = List.copyOf(milestones);
        keyRisksAndIssues = List.copyOf(keyRisksAndIssues);
        submittedBy = submittedBy == null ? "" : submittedBy;
        if (percentComplete != null && (percentComplete.signum() < 0 || percentComplete.compareTo(MAX_PERCENT) > 0)) {
            throw new IllegalArgumentException("percent complete must be 0 to 100: " + percentComplete.toPlainString());
        }
        percentComplete = Decimals.canonical(percentComplete);
        finance = finance == null ? ReturnFinance.NONE : finance;
        improvementAreas = improvementAreas == null || improvementAreas.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(improvementAreas));
        kpiValues = kpiValues == null ? List.of()
                : kpiValues.stream().sorted(Comparator.comparing(KpiValue::kpiId)).toList();
        Set<String> seen = new HashSet<>();
        for (KpiValue v : kpiValues) {
            if (!seen.add(v.kpiId())) {
                throw new IllegalArgumentException("KPI " + v.kpiId() + " has more than one value: a return holds one per KPI");
            }
        }
    }

    /** A return without percent complete, finance, improvement areas or KPI values. */
    public ProjectReturn(String projectId, YearMonth reportingMonth, Rag overallRag, String progressCommentary,
                         List<Milestone> milestones, List<String> keyRisksAndIssues, CriterionScores scores,
                         String submittedBy) {
        this(projectId, reportingMonth, overallRag, progressCommentary, milestones, keyRisksAndIssues, scores, submittedBy,
                null, ReturnFinance.NONE, Set.of(), List.of());
    }

    /** This return with the fields the 8-argument constructor leaves empty set. */
    public ProjectReturn with(BigDecimal percentComplete, ReturnFinance finance, Set<ImprovementArea> improvementAreas,
                              List<KpiValue> kpiValues) {
        return new ProjectReturn(projectId, reportingMonth, overallRag, progressCommentary, milestones, keyRisksAndIssues,
                scores, submittedBy, percentComplete, finance, improvementAreas, kpiValues);
    }
}
