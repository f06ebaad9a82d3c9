package org.sendpmo.confidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.risk.KriAssessment;
import org.sendpmo.risk.RiskAssessment;

/**
 * Indicative delivery confidence (methodology §4), and the view that sets it beside an assessed rating.
 *
 * <p>"Late" milestone, as read here: not complete, and either forecast after its baseline date, or its
 * baseline date already before the cut-off. Both mean it will not be delivered by the date agreed; the
 * second catches a milestone whose forecast was never moved. Methodology §3's data-quality check ("past
 * its forecast date") is a different test, for whether the return is believable, and is not used here.
 */
public final class DeliveryConfidenceRater {

    private final ConfidenceSettings settings;

    public DeliveryConfidenceRater(ConfidenceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static boolean isLate(Milestone m, LocalDate cutOff) {
        return !m.complete() && (m.forecast().isAfter(m.baseline()) || m.baseline().isBefore(cutOff));
    }

    /** Reasons are listed in methodology §4's order: RAG, milestones, risk, KRI, data quality, missing return. */
    public IndicativeConfidence indicative(ConfidenceEvidence evidence) {
        List<ConfidenceReason> reasons = new ArrayList<>();
        ReturnEvidence.Missing missing = evidence.returnEvidence() instanceof ReturnEvidence.Missing m ? m : null;
        ReturnEvidence.Received received = evidence.returnEvidence() instanceof ReturnEvidence.Received r ? r : null;
        ProjectReturn used = received != null ? received.projectReturn() : missing.carriedForward();
        if (used != null) {
            String from = " in the return for " + used.reportingMonth();
            if (used.overallRag() == Rag.AMBER) {
                reasons.add(new ConfidenceReason(ConfidenceFactor.OVERALL_RAG_AMBER, "Overall RAG Amber" + from));
            } else if (used.overallRag() == Rag.RED) {
                reasons.add(new ConfidenceReason(ConfidenceFactor.OVERALL_RAG_RED, "Overall RAG Red" + from));
            }
            List<Milestone> late = used.milestones().stream().filter(ms -> isLate(ms, evidence.cutOff())).toList();
            if (!late.isEmpty()) {
                reasons.add(new ConfidenceReason(ConfidenceFactor.MILESTONE_LATE, late.stream()
                        .map(ms -> ms.name() + " (baseline " + ms.baseline() + ", forecast " + ms.forecast() + ")")
                        .collect(Collectors.joining("; ", late.size() + " not complete and late against baseline: ", ""))));
            }
        }
        List<RiskAssessment> outside = evidence.exposure().highOutsideAppetite();
        if (!outside.isEmpty()) {
            reasons.add(new ConfidenceReason(ConfidenceFactor.HIGH_RISK_OUTSIDE_APPETITE, outside.stream()
                    .map(a -> a.entry().id() + " " + a.entry().title() + " (current " + a.currentScore()
                            + ", appetite " + a.appetite() + ")")
                    .collect(Collectors.joining("; "))));
        }
        List<String> redKris = new ArrayList<>();
        for (RiskAssessment a : evidence.exposure().openEntries()) {
            for (KriAssessment k : a.redKris()) {
                redKris.add(k.kri().name() + " on " + a.entry().id() + " (" + k.kri().latest().value().toPlainString()
                        + " for " + k.kri().latest().month() + ", red at " + k.kri().red().toPlainString() + ")");
            }
        }
        if (!redKris.isEmpty()) {
            reasons.add(new ConfidenceReason(ConfidenceFactor.KRI_RED, String.join("; ", redKris)));
        }
        if (received != null && received.dataQualityScore() < settings.dataQualityThreshold()) {
            reasons.add(new ConfidenceReason(ConfidenceFactor.LOW_DATA_QUALITY, "Data-quality score "
                    + received.dataQualityScore() + ", below " + settings.dataQualityThreshold()));
        }
        if (missing != null) {
            reasons.add(new ConfidenceReason(ConfidenceFactor.RETURN_MISSING, "No return for " + missing.month()
                    + " by the cut-off " + evidence.cutOff()
                    + (used == null ? "; none has ever been received" : "; carried forward from " + used.reportingMonth())));
        }
        return IndicativeConfidence.of(settings.scale(), reasons);
    }

    /** Both ratings, with the assessed one (when recorded, may be {@code null}) in force. */
    public ConfidenceView view(ConfidenceEvidence evidence, AssessedConfidence assessed) {
        return new ConfidenceView(evidence.projectId(), indicative(evidence), assessed);
    }
}
