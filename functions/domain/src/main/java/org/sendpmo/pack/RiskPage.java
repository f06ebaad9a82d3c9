package org.sendpmo.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sendpmo.risk.KriAssessment;
import org.sendpmo.risk.MitigatingAction;
import org.sendpmo.risk.RiskAssessment;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRating;
import org.sendpmo.risk.RiskSettings;

/**
 * The risks page (methodology §2) at the cycle's cut-off: the open register entries (risks and issues) on a
 * 5 × 5 heat map of current likelihood and impact, and the lists the board acts on. Each open entry is
 * shown once under its heat-map cell, with the anchor {@link Entry#anchor()}; the lists link to it and to
 * the entry's projects. Closed entries are counted, not shown. Lists are ordered highest current score
 * first, then by entry id.
 *
 * @param heatMap         likelihood 5 (top) down to 1, each row impact 1 to 5
 * @param cells           the heat map's non-empty cells, highest score first, each with its entries
 * @param outsideAppetite open entries whose current score is above their category's appetite
 * @param reviewOverdue   open entries not reviewed within their rating's review period of the cut-off
 * @param actionsOverdue  mitigating actions due before the cut-off and not complete
 * @param kris            key risk indicators at red or amber for the reporting month, red first
 * @param escalated       open entries escalated beyond the project (any escalation status but none)
 * @param rules           the rating bands, appetites and review periods the page was worked out with
 */
public record RiskPage(List<HeatRow> heatMap, List<CellGroup> cells, List<Entry> outsideAppetite,
                       List<ReviewRow> reviewOverdue, List<ActionRow> actionsOverdue, List<KriRow> kris,
                       List<Entry> escalated, int openCount, int closedCount, RiskSettings rules) {

    public RiskPage {
        Objects.requireNonNull(rules, "rules");
        heatMap = List.copyOf(heatMap);
        cells = List.copyOf(cells);
        outsideAppetite = List.copyOf(outsideAppetite);
        reviewOverdue = List.copyOf(reviewOverdue);
        actionsOverdue = List.copyOf(actionsOverdue);
        kris = List.copyOf(kris);
        escalated = List.copyOf(escalated);
    }

    /** Every category's appetite, in category order, saying which are the category's own setting. */
    public List<Appetite> appetites() {
        return Arrays.stream(RiskCategory.values())
                .map(c -> new Appetite(c, rules.appetiteFor(c), rules.appetiteByCategory().containsKey(c))).toList();
    }

    /** Review period of each rating, most severe first. */
    public List<ReviewPeriod> reviewPeriods() {
        List<ReviewPeriod> periods = new java.util.ArrayList<>();
        for (int i = RiskRating.values().length - 1; i >= 0; i--) {
            RiskRating r = RiskRating.values()[i];
            periods.add(new ReviewPeriod(r, rules.reviewPeriodDays(r)));
        }
        return periods;
    }

    /** @param own true when the category has its own appetite, false when it takes the default */
    public record Appetite(RiskCategory category, int appetite, boolean own) {
    }

    public record ReviewPeriod(RiskRating rating, int days) {
    }

    /** One open entry as assessed for the cycle, with its anchor on the page and the projects it affects. */
    public record Entry(RiskAssessment assessment, String anchor, List<ProjectLink> projects) {
        public Entry {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(anchor, "anchor");
            projects = List.copyOf(projects);
        }

        public RiskEntry entry() {
            return assessment.entry();
        }

        /** By how much the current score is above the appetite (positive only when outside appetite). */
        public int aboveAppetiteBy() {
            return assessment.currentScore() - assessment.appetite();
        }
    }

    /** One cell of the heat map: how many open entries have this current likelihood and impact. */
    public record HeatCell(int likelihood, int impact, RiskRating rating, int count) {
        public int score() {
            return likelihood * impact;
        }

        /** The id of the cell's section in the register list below the map. */
        public String anchor() {
            return "cell-l" + likelihood + "-i" + impact;
        }
    }

    public record HeatRow(int likelihood, List<HeatCell> cells) {
        public HeatRow {
            cells = List.copyOf(cells);
        }
    }

    public record CellGroup(HeatCell cell, List<Entry> entries) {
        public CellGroup {
            entries = List.copyOf(entries);
        }
    }

    /**
     * @param periodDays  how many days old a review of an entry of this rating may be at the cut-off
     * @param daysOverdue days between the last review that would still have counted and the last review
     */
    public record ReviewRow(Entry entry, int periodDays, long daysOverdue) {
    }

    /** @param daysOverdue days from the action's due date to the cut-off */
    public record ActionRow(Entry entry, MitigatingAction action, long daysOverdue) {
    }

    public record KriRow(Entry entry, KriAssessment kri) {
    }
}
