package org.sendpmo.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Methodology v1's risk defaults (methodology §2), built in the test so the domain holds no defaults of its own. */
public final class TestRiskSettings {

    private TestRiskSettings() {
    }

    public static List<RatingBand> v1Bands() {
        return List.of(new RatingBand(RiskRating.LOW, 1, 6), new RatingBand(RiskRating.MEDIUM, 8, 12),
                new RatingBand(RiskRating.HIGH, 15, 25));
    }

    public static Map<RiskRating, Integer> v1ReviewPeriods() {
        return Map.of(RiskRating.HIGH, 30, RiskRating.MEDIUM, 90, RiskRating.LOW, 180);
    }

    /** Default appetite 12; finance (High Needs) tolerated to 16, complaints only to 6, for the per-category tests. */
    public static RiskSettings v1() {
        return new RiskSettings(v1Bands(), 12,
                Map.of(RiskCategory.FINANCE_HIGH_NEEDS, 16, RiskCategory.COMPLAINTS, 6), v1ReviewPeriods());
    }

    /** An open risk on project P1 in category OTHER, reviewed on {@code reviewed}, with no actions or KRIs. */
    public static RiskEntry risk(String id, int likelihood, int impact, LocalDate reviewed) {
        return entry(id, RiskCategory.OTHER, likelihood, impact, reviewed, List.of(), List.of(), EntryStatus.OPEN, "P1");
    }

    public static RiskEntry entry(String id, RiskCategory category, int likelihood, int impact, LocalDate reviewed,
                                  List<MitigatingAction> actions, List<Kri> kris, EntryStatus status, String... projects) {
        return new RiskEntry(id, EntryType.RISK, "Risk " + id, "cause, event, effect", category, "Programme Manager",
                List.of(projects), Set.of(), new RiskScore(5, 5), new RiskScore(likelihood, impact), new RiskScore(1, 1),
                List.of(), actions, kris, EscalationStatus.NONE, reviewed, status);
    }
}
