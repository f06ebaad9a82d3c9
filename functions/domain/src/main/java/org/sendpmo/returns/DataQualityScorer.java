package org.sendpmo.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scores one return's data quality (methodology §3). The KPI and finance checks read the return's own
 * content: its KPI values and whether Finance assured its figures. What the return does not carry is
 * passed in: the risk flags (risk module) and whether the KPI store already holds a project value for
 * the month (a value recorded outside the return, when the caller knows it).
 */
public final class DataQualityScorer {

    /** Compiled once: commentary is compared for every project of every build. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    /**
     * @param current        the return being scored (the version used for the cycle)
     * @param previousMonth  the version used for the month before, when there is one
     * @param risks          the project's risk flags as at the cycle
     * @param kpiValueInStore the KPI store holds a value of one of the project's KPIs for the reporting month
     *                        (the return's own KPI values count whatever this says)
     */
    public record Inputs(ProjectReturn current, Optional<ProjectReturn> previousMonth, RiskFlags risks,
                         boolean kpiValueInStore) {
        public Inputs {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(previousMonth, "previousMonth");
            Objects.requireNonNull(risks, "risks");
            previousMonth.ifPresent(p -> {
                if (!p.projectId().equals(current.projectId()) || !p.reportingMonth().equals(current.reportingMonth().minusMonths(1))) {
                    throw new IllegalArgumentException("previous return is " + p.projectId() + " " + p.reportingMonth()
                            + ", not " + current.projectId() + " " + current.reportingMonth().minusMonths(1));
                }
            });
        }
    }

    public DataQualityScore score(Inputs in) {
        ProjectReturn ret = in.current();
        List<DataQualityScore.FailedCheck> failed = new ArrayList<>();
        requiredFields(ret).ifPresent(failed::add);
        unchangedCommentary(ret, in.previousMonth()).ifPresent(failed::add);
        greenDespiteWarnings(ret, in.risks()).ifPresent(failed::add);
        if (ret.kpiValues().isEmpty() && !in.kpiValueInStore()) {
            failed.add(new DataQualityScore.FailedCheck(DataQualityCheck.NO_KPI_VALUE,
                    "No KPI value was recorded for " + ret.reportingMonth() + ": submit the project's KPI figures for the month"));
        }
        if (!ret.finance().financeAssured()) {
            failed.add(new DataQualityScore.FailedCheck(DataQualityCheck.FINANCE_NOT_ASSURED,
                    "The financial figures are not marked as assured by Finance: ask the Finance Business Partner to assure them"));
        }
        return DataQualityScore.of(failed);
    }

    /** The core fields of the data capture form (domain facts §5): commentary, risks and issues, milestones; and who submitted it. */
    private static Optional<DataQualityScore.FailedCheck> requiredFields(ProjectReturn ret) {
        List<String> empty = new ArrayList<>();
        if (ret.progressCommentary().isBlank()) {
            empty.add("progress commentary");
        }
        if (ret.keyRisksAndIssues().isEmpty()) {
            empty.add("key risks and issues");
        }
        if (ret.milestones().isEmpty()) {
            empty.add("milestones");
        }
        if (ret.submittedBy().isBlank()) {
            empty.add("submitted by");
        }
        if (empty.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataQualityScore.FailedCheck(DataQualityCheck.REQUIRED_FIELD_EMPTY,
                "Empty: " + String.join(", ", empty) + ". Fill in every required field"
                        + (empty.contains("key risks and issues") ? " (write \"None\" if there are no risks or issues)" : "")));
    }

    /** Identical after trimming and collapsing runs of white space; an empty commentary is the required-field check's business. */
    private static Optional<DataQualityScore.FailedCheck> unchangedCommentary(ProjectReturn ret, Optional<ProjectReturn> previous) {
        if (previous.isEmpty() || ret.progressCommentary().isBlank()) {
            return Optional.empty();
        }
        if (!normalise(ret.progressCommentary()).equals(normalise(previous.get().progressCommentary()))) {
            return Optional.empty();
        }
        return Optional.of(new DataQualityScore.FailedCheck(DataQualityCheck.COMMENTARY_UNCHANGED,
                "The progress commentary is word for word the same as " + previous.get().reportingMonth()
                        + "'s: describe this month's progress"));
    }

    /** Milestones are judged as at the last day of the reporting month, the date the return speaks for. */
    private static Optional<DataQualityScore.FailedCheck> greenDespiteWarnings(ProjectReturn ret, RiskFlags risks) {
        if (ret.overallRag() != Rag.GREEN) {
            return Optional.empty();
        }
        LocalDate asOf = ret.reportingMonth().atEndOfMonth();
        List<String> reasons = new ArrayList<>();
        if (risks.hasHighRiskOutsideAppetite()) {
            reasons.add("the project has a High risk outside appetite");
        }
        for (Milestone m : ret.milestones()) {
            if (!m.complete() && m.forecast().isBefore(asOf)) {
                reasons.add("milestone \"" + m.name() + "\" was forecast for " + m.forecast() + " and is not complete");
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataQualityScore.FailedCheck(DataQualityCheck.GREEN_DESPITE_WARNINGS,
                "Overall RAG is Green but " + String.join("; ", reasons) + ": review the RAG status"));
    }

    private static String normalise(String text) {
        return WHITESPACE_RUN.matcher(text.strip()).replaceAll(" ");
    }
}
