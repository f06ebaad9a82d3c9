package org.sendpmo.lead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnDraft;
import org.sendpmo.returns.ReturnFinance;
import org.sendpmo.scoring.Criterion;

/**
 * A new month's return starts from the previous one: milestones, risks, KPI values, scores, finance and areas
 * carried over for the lead to review, the progress commentary left empty so that it is written afresh.
 */
public final class ReturnPrefill {

    /** The date format the form reads back (the validator's UK format). */
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private ReturnPrefill() {
    }

    /** The latest version of the latest month before {@code month}, from a project's history. */
    public static Optional<RecordedReturn> previous(List<RecordedReturn> history, YearMonth month) {
        return history.stream().filter(r -> r.content().reportingMonth().isBefore(month))
                .max(Comparator.comparing((RecordedReturn r) -> r.content().reportingMonth())
                        .thenComparingInt(RecordedReturn::version));
    }

    /** The previous return as a draft for {@code month}, its commentary empty. */
    public static ReturnDraft from(ProjectReturn previous, YearMonth month) {
        List<ReturnDraft.MilestoneDraft> milestones = previous.milestones().stream().map(ReturnPrefill::milestone).toList();
        Map<String, String> scores = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            scores.put(c.id(), previous.scores().score(c).isPresent() ? String.valueOf(previous.scores().score(c).getAsInt()) : "");
        }
        List<ReturnDraft.KpiValueDraft> kpis = previous.kpiValues().stream()
                .map(k -> new ReturnDraft.KpiValueDraft(k.kpiId(), plain(k.value()))).toList();
        return new ReturnDraft(previous.projectId(), month.toString(), previous.overallRag().name(), "", milestones,
                previous.keyRisksAndIssues(), scores, previous.submittedBy(), plain(previous.percentComplete()),
                finance(previous.finance()), previous.improvementAreas().stream().map(ImprovementArea::code).toList(), kpis);
    }

    private static ReturnDraft.MilestoneDraft milestone(Milestone m) {
        return new ReturnDraft.MilestoneDraft(m.name(), date(m.baseline()), date(m.forecast()), m.complete() ? "yes" : "no");
    }

    private static ReturnDraft.FinanceDraft finance(ReturnFinance f) {
        if (f.isEmpty()) {
            return ReturnDraft.FinanceDraft.BLANK;
        }
        return new ReturnDraft.FinanceDraft(plain(f.shortTermSavings()), plain(f.longTermSavings()), plain(f.costToDeliver()),
                f.safetyValveImpact() == null ? "" : f.safetyValveImpact().name(), f.financeAssured() ? "yes" : "no");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
