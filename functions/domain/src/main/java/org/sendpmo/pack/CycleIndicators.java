package org.sendpmo.pack;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sendpmo.confidence.AssessedConfidence;
import org.sendpmo.confidence.ConfidenceEvidence;
import org.sendpmo.confidence.ConfidenceView;
import org.sendpmo.confidence.DeliveryConfidenceRater;
import org.sendpmo.confidence.IndicativeConfidence;
import org.sendpmo.confidence.ReturnEvidence;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.ReturnSchedule;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.project.Project;
import org.sendpmo.returns.DataQualityScore;
import org.sendpmo.returns.DataQualityScorer;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnReceipt;
import org.sendpmo.returns.ReturnStatus;
import org.sendpmo.returns.ReturnStatusService;
import org.sendpmo.returns.RiskFlags;
import org.sendpmo.risk.ProjectRiskExposure;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskEntry;

/**
 * Per project and cycle: the return's status (methodology §3), its data-quality score, the project's risk
 * exposure (§2) and its indicative delivery confidence (§4), each computed by its own domain service.
 */
public final class CycleIndicators {

    /** How far back a missing return looks for the return it carries forward. */
    public static final int CARRY_FORWARD_MONTHS = 24;

    private final ReturnScheduler scheduler;
    private final ReturnStatusService statuses;
    private final DataQualityScorer dataQuality;
    private final RiskAssessor risks;
    private final DeliveryConfidenceRater confidence;

    public CycleIndicators(ReturnScheduler scheduler, ReturnStatusService statuses, DataQualityScorer dataQuality,
                           RiskAssessor risks, DeliveryConfidenceRater confidence) {
        this.scheduler = scheduler;
        this.statuses = statuses;
        this.dataQuality = dataQuality;
        this.risks = risks;
        this.confidence = confidence;
    }

    /**
     * @param dataQuality null when the return is missing (a carried-forward return is not judged again)
     * @param confidence  the indicative rating, and the programme office's assessed one when recorded
     * @param workingDaysLate working days after the due date the return used arrived (0 unless it is late)
     */
    public record Indicators(ReturnStatus status, DataQualityScore dataQuality, ProjectRiskExposure exposure,
                             ConfidenceView confidence, int workingDaysLate) {
    }

    /**
     * The schedule of a cycle: its due date and cut-off as the cycle holds them, each shown as moved where it
     * differs from the rules' default; a cycle without a stored due date has the default.
     */
    public ReturnSchedule schedule(BoardCycle cycle) {
        ReturnSchedule computed = scheduler.defaults(cycle.meetingDate());
        LocalDate due = cycle.returnsDue() == null || cycle.returnsDue().equals(computed.dueDate()) ? null : cycle.returnsDue();
        LocalDate cutOff = computed.cutOffDate().equals(cycle.cutOff()) ? null : cycle.cutOff();
        return due == null && cutOff == null ? computed
                : scheduler.schedule(cycle.meetingDate(), new ReturnScheduler.Overrides(due, cutOff, "set on the cycle"));
    }

    /**
     * @param window      every version received before the cut-off for months up to the reporting month (at least
     *                    {@link #CARRY_FORWARD_MONTHS} back), all projects together, with at least the versions
     *                    {@link #readInFull} names read in full
     * @param register    the risk register as at the cycle's cut-off
     * @param kpiReported projects with a value of one of their own KPIs for the reporting month, received by the cut-off
     * @param assessed    per project, the programme office's latest assessed rating for this cycle (absent when none)
     */
    public Map<String, Indicators> compute(BoardCycle cycle, List<Project> projects, ReturnWindow window,
                                           List<RiskEntry> register, Set<String> kpiReported,
                                           Map<String, AssessedConfidence> assessed) {
        ReturnSchedule schedule = schedule(cycle);
        Map<String, List<ReturnReceipt>> byProject = byProject(window.receipts());
        Map<RawKey, RecordedReturn> inFull = new HashMap<>();
        window.readInFull().forEach(r -> inFull.put(r.rawKey(), r));
        Function<ReturnReceipt, RecordedReturn> read = receipt -> inFull.get(receipt.rawKey());
        Map<String, Indicators> indicators = new LinkedHashMap<>();
        for (Project project : projects) {
            List<ReturnReceipt> own = byProject.getOrDefault(project.id(), List.of());
            ReturnStatus status = statuses.judge(project.id(), cycle, schedule, own).withReturns(read);
            ProjectRiskExposure exposure = risks.exposure(project.id(), register, cycle);
            DataQualityScore quality = null;
            ReturnEvidence evidence;
            if (status instanceof ReturnStatus.Missing missing) {
                evidence = new ReturnEvidence.Missing(cycle.reportingMonth(),
                        missing.carried().map(RecordedReturn::content).orElse(null));
            } else {
                ProjectReturn used = status.returnUsed().orElseThrow().content();
                Optional<ProjectReturn> previous = previousMonth(own, used.reportingMonth())
                        .map(r -> r.readWith(read).content());
                quality = dataQuality.score(new DataQualityScorer.Inputs(used, previous,
                        new RiskFlags(!exposure.highOutsideAppetite().isEmpty()), kpiReported.contains(project.id())));
                evidence = new ReturnEvidence.Received(used, quality.score());
            }
            IndicativeConfidence rating = confidence.indicative(
                    new ConfidenceEvidence(project.id(), cycle.cutOff(), evidence, exposure));
            int daysLate = status instanceof ReturnStatus.Late late ? scheduler.workingDaysLate(schedule, late.receivedOn()) : 0;
            indicators.put(project.id(), new Indicators(status, quality, exposure,
                    new ConfidenceView(project.id(), rating, assessed.get(project.id())), daysLate));
        }
        return indicators;
    }

    /**
     * The versions of the window {@link #compute} reads in full; of the rest it reads only the receipts. Per project:
     * the version used (this month's, or the one carried forward) and, when it is this month's, the latest version of
     * the month before, whose commentary the data-quality check compares.
     */
    public static Set<RawKey> readInFull(BoardCycle cycle, List<ReturnReceipt> window) {
        Set<RawKey> keys = new HashSet<>();
        byProject(window).values().forEach(own -> ReturnStatusService.used(cycle, own).ifPresent(used -> {
            keys.add(used.rawKey());
            if (used.reportingMonth().equals(cycle.reportingMonth())) {
                previousMonth(own, used.reportingMonth()).ifPresent(previous -> keys.add(previous.rawKey()));
            }
        }));
        return keys;
    }

    private static Map<String, List<ReturnReceipt>> byProject(List<ReturnReceipt> receipts) {
        Map<String, List<ReturnReceipt>> byProject = new HashMap<>();
        receipts.forEach(r -> byProject.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r));
        return byProject;
    }

    /** The latest version of the month before, among the versions received by the cut-off. */
    private static Optional<ReturnReceipt> previousMonth(List<ReturnReceipt> own, YearMonth month) {
        return own.stream().filter(r -> r.reportingMonth().equals(month.minusMonths(1)))
                .max(java.util.Comparator.comparingInt(ReturnReceipt::version));
    }
}
