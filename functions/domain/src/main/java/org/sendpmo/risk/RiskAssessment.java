package org.sendpmo.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What methodology §2 says about one register entry at a cycle's cut-off. A closed entry is rated for
 * the record but raises no flags: it is not outside appetite, its review is not due and its actions are
 * not overdue. Its KRIs are still reported.
 *
 * @param appetite       the appetite that applied (the category's own, or the default)
 * @param reviewDueBy    the last review date that is not overdue at this cut-off (cut-off minus the period)
 * @param overdueActions actions due before the cut-off and not complete, in register order
 */
public record RiskAssessment(RiskEntry entry, RiskRating rating, int appetite, boolean outsideAppetite,
                             LocalDate reviewDueBy, boolean reviewOverdue, List<MitigatingAction> overdueActions,
                             List<KriAssessment> kris) {

    public RiskAssessment {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewDueBy, "reviewDueBy");
        overdueActions = List.copyOf(overdueActions);
        kris = List.copyOf(kris);
    }

    public int currentScore() {
        return entry.current().score();
    }

    public boolean mitigationOverdue() {
        return !overdueActions.isEmpty();
    }

    public boolean isHigh() {
        return rating == RiskRating.HIGH;
    }

    public boolean highOutsideAppetite() {
        return isHigh() && outsideAppetite;
    }

    public List<KriAssessment> redKris() {
        return kris.stream().filter(k -> k.status() == KriStatus.RED).toList();
    }
}
