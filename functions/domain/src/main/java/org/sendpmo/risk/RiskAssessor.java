package org.sendpmo.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.sendpmo.cycle.BoardCycle;

/**
 * Applies methodology §2 to register entries for one cycle. Boundary rules, chosen here:
 * <ul>
 *   <li>Review: "reviewed within N days of the cut-off" includes day N, so a review exactly N days
 *       before the cut-off is not overdue and one N + 1 days before is. A review dated after the
 *       cut-off is not overdue.</li>
 *   <li>Mitigation: an action due on the cut-off day is not overdue; due the day before, it is.</li>
 *   <li>KRI: a value exactly at a threshold has that threshold's status (see {@link Kri}). A value for
 *       any month other than the cycle's reporting month is no data.</li>
 * </ul>
 */
public final class RiskAssessor {

    private final java.util.function.Supplier<RiskSettings> source;

    public RiskAssessor(RiskSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.source = () -> settings;
    }

    /**
     * Rules that may change between builds (the programme office's risk appetite list): the source answers the
     * rules pinned for the build in progress, so one build never mixes two sets.
     */
    public RiskAssessor(java.util.function.Supplier<RiskSettings> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The rules in force, for the pack's method page and the heat map's bands. */
    public RiskSettings settings() {
        return source.get();
    }

    public RiskAssessment assess(RiskEntry entry, BoardCycle cycle) {
        return assess(entry, cycle.cutOff(), cycle.reportingMonth());
    }

    /**
     * @param cutOff         the cycle's data cut-off
     * @param reportingMonth the month the cycle reviews; KRI values must be for this month
     */
    public RiskAssessment assess(RiskEntry entry, LocalDate cutOff, YearMonth reportingMonth) {
        Objects.requireNonNull(cutOff, "cutOff");
        Objects.requireNonNull(reportingMonth, "reportingMonth");
        RiskSettings settings = source.get();
        RiskRating rating = settings.rating(entry.current());
        int appetite = settings.appetiteFor(entry.category());
        LocalDate reviewDueBy = cutOff.minusDays(settings.reviewPeriodDays(rating));
        List<KriAssessment> kris = entry.kris().stream()
                .map(k -> new KriAssessment(k, kriStatus(k, reportingMonth))).toList();
        if (!entry.isOpen()) {
            return new RiskAssessment(entry, rating, appetite, false, reviewDueBy, false, List.of(), kris);
        }
        boolean outside = entry.current().score() > appetite;
        boolean reviewOverdue = entry.lastReviewed().isBefore(reviewDueBy);
        List<MitigatingAction> overdue = entry.actions().stream().filter(a -> a.isOverdueAt(cutOff)).toList();
        return new RiskAssessment(entry, rating, appetite, outside, reviewDueBy, reviewOverdue, overdue, kris);
    }

    /** Status of a KRI for the reporting month; no value for that month is {@link KriStatus#NO_DATA}. */
    public static KriStatus kriStatus(Kri kri, YearMonth reportingMonth) {
        if (kri.latest() == null || !kri.latest().month().equals(reportingMonth)) {
            return KriStatus.NO_DATA;
        }
        int sign = kri.polarity() == KriPolarity.HIGHER_IS_WORSE ? 1 : -1;
        // Compare in the "worse" direction: sign · (value − threshold) ≥ 0 means at or beyond the threshold.
        if (sign * kri.latest().value().compareTo(kri.red()) >= 0) {
            return KriStatus.RED;
        }
        if (sign * kri.latest().value().compareTo(kri.amber()) >= 0) {
            return KriStatus.AMBER;
        }
        return KriStatus.GREEN;
    }

    /** Exposure of one project from the register entries that link it (others are ignored). */
    public ProjectRiskExposure exposure(String projectId, List<RiskEntry> register, LocalDate cutOff, YearMonth reportingMonth) {
        List<RiskAssessment> open = register.stream()
                .filter(e -> e.isOpen() && e.affects(projectId))
                .map(e -> assess(e, cutOff, reportingMonth))
                .toList();
        return ProjectRiskExposure.of(projectId, open);
    }

    public ProjectRiskExposure exposure(String projectId, List<RiskEntry> register, BoardCycle cycle) {
        return exposure(projectId, register, cycle.cutOff(), cycle.reportingMonth());
    }
}
