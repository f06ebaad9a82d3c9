package org.sendpmo.api.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.returns.ReturnDraft;

/**
 * The JSON body of {@code POST /api/returns}. Values are taken loosely (a score may be 4 or "4",
 * {@code complete} true or "yes", an amount 250000 or "£250,000") and checked by the same validator as
 * the form.
 *
 * <p>Optional: {@code "percentComplete":45}, {@code "improvementAreas":["C1","C6"]},
 * {@code "kpiValues":[{"kpiId":"K21","value":42.5}]} and {@code "finance":{"shortTermSavings":250000,
 * "longTermSavings":1250000,"costToDeliver":80000,"safetyValveImpact":"medium","financeAssured":true}}.
 */
@Serdeable
public record ReturnRequest(@Nullable String projectId, @Nullable String reportingMonth, @Nullable String overallRag,
                            @Nullable String progressCommentary, @Nullable List<MilestoneRequest> milestones,
                            @Nullable List<String> keyRisksAndIssues, @Nullable Map<String, Object> scores,
                            @Nullable String submittedBy, @Nullable Object percentComplete,
                            @Nullable List<String> improvementAreas, @Nullable List<KpiValueRequest> kpiValues,
                            @Nullable FinanceRequest finance) {

    @Serdeable
    public record MilestoneRequest(@Nullable String name, @Nullable String baseline, @Nullable String forecast,
                                   @Nullable Object complete) {
    }

    @Serdeable
    public record KpiValueRequest(@Nullable String kpiId, @Nullable Object value) {
    }

    @Serdeable
    public record FinanceRequest(@Nullable Object shortTermSavings, @Nullable Object longTermSavings,
                                 @Nullable Object costToDeliver, @Nullable String safetyValveImpact,
                                 @Nullable Object financeAssured) {
    }

    public ReturnDraft toDraft() {
        Map<String, String> scoreText = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((k, v) -> scoreText.put(k, text(v)));
        }
        List<ReturnDraft.MilestoneDraft> drafts = milestones == null ? List.of() : milestones.stream()
                .map(m -> m == null ? new ReturnDraft.MilestoneDraft("", "", "", "")
                        : new ReturnDraft.MilestoneDraft(m.name(), m.baseline(), m.forecast(), text(m.complete())))
                .toList();
        List<ReturnDraft.KpiValueDraft> kpis = kpiValues == null ? List.of() : kpiValues.stream()
                .map(k -> k == null ? new ReturnDraft.KpiValueDraft("", "") : new ReturnDraft.KpiValueDraft(k.kpiId(), text(k.value())))
                .toList();
        ReturnDraft.FinanceDraft money = finance == null ? ReturnDraft.FinanceDraft.BLANK
                : new ReturnDraft.FinanceDraft(text(finance.shortTermSavings()), text(finance.longTermSavings()),
                        text(finance.costToDeliver()), finance.safetyValveImpact(), text(finance.financeAssured()));
        return new ReturnDraft(projectId, reportingMonth, overallRag, progressCommentary, drafts, keyRisksAndIssues,
                scoreText, submittedBy, text(percentComplete), money, improvementAreas, kpis);
    }

    /** A JSON value as the text a person would type: 1250000.5 not 1.2500005E6; "" for null. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(d);
        }
        return String.valueOf(value);
    }
}
