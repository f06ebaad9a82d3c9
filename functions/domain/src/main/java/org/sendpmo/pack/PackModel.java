package org.sendpmo.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.sendpmo.board.AreaCoverage;
import org.sendpmo.board.AttentionItem;
import org.sendpmo.scoring.stability.ProjectStability;
import org.sendpmo.scoring.stability.StabilityReport;
import org.sendpmo.board.Change;
import org.sendpmo.board.ProjectStanding;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.Band;
import org.sendpmo.scoring.Contribution;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.Methodology;

/**
 * Everything one build of a cycle's pack shows. Presentation-ready: no template computes a rule.
 *
 * @param dataAsAt      the latest time a return used in the pack was received (null if none was)
 * @param coverage      the nine improvement areas with their projects and gaps
 * @param previousCycle the cycle changes are measured against, or null when there is none
 * @param changes       changes since the previous cycle, each with its cause (empty when there is none)
 * @param standings     where every project stands in this build, as kept for the next cycle's comparison
 * @param attention     the projects the board must look at first, with their reasons (§6)
 * @param dueDate       the date returns were due for this cycle
 * @param stability     rank stability of the ranked projects under sampled weights
 * @param boardPages    the risks page and the other board-level pages
 */
public record PackModel(SiteInfo site, BoardCycle cycle, String buildId, Instant generatedAt, Instant dataAsAt,
                        Methodology methodology, List<RankedRow> ranked, List<IncompleteRow> incomplete,
                        List<NoReturnRow> withoutReturn, List<ProjectPage> projectPages, List<AreaCoverage> coverage,
                        BoardCycle previousCycle, List<Change> changes, List<ProjectStanding> standings,
                        List<AttentionItem> attention, LocalDate dueDate, StabilityReport stability,
                        BoardPages boardPages) {

    public PackModel {
        java.util.Objects.requireNonNull(boardPages, "boardPages");
        coverage = List.copyOf(coverage);
        changes = List.copyOf(changes);
        standings = List.copyOf(standings);
        attention = List.copyOf(attention);
        ranked = List.copyOf(ranked);
        incomplete = List.copyOf(incomplete);
        withoutReturn = List.copyOf(withoutReturn);
        projectPages = List.copyOf(projectPages);
    }

    public boolean hasPreviousCycle() {
        return previousCycle != null;
    }

    /**
     * @param rankChange since the same board's previous pack, in words ("Up 3", "Down 1", "No change",
     *                   "Not ranked before"); empty when there is no previous pack
     * @param stability  the project's rank stability (on the row, so the ranking does not search the report for it)
     */
    public record RankedRow(int rank, Project project, BigDecimal score, Band band, String rag, YearMonth returnMonth,
                            String href, String rankChange, ProjectStability stability) {
    }

    public record IncompleteRow(Project project, List<Criterion> missing, String rag, String href) {
        public IncompleteRow {
            missing = List.copyOf(missing);
        }
    }

    public record NoReturnRow(Project project, String href) {
    }

    /**
     * One project's page.
     *
     * @param latest        the return used for this cycle, or null when the project has none by the cut-off
     * @param rank          0 when not ranked
     * @param score         null when not scored
     * @param band          null when not scored
     * @param contributions empty when not scored
     * @param missing       criteria not scored (empty when scored)
     * @param indicators    return status, data quality, risk exposure and indicative delivery confidence
     * @param stability     the project's rank stability, null when it is not ranked (kept on the page so no page
     *                      searches the whole report for its own row: that made rendering quadratic)
     */
    public record ProjectPage(Project project, String path, RecordedReturn latest, int rank, BigDecimal score, Band band,
                              List<Contribution> contributions, List<Criterion> missing, CycleIndicators.Indicators indicators,
                              ProjectStability stability) {
        public ProjectPage {
            contributions = List.copyOf(contributions);
            missing = List.copyOf(missing);
        }

        public boolean hasReturn() {
            return latest != null;
        }

        /** One bar of the contribution chart: the criterion's points as a share (0 to 1) of the largest. */
        public record Bar(Contribution contribution, BigDecimal share) {
        }

        public List<Bar> contributionBars() {
            BigDecimal largest = contributions.stream().map(Contribution::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            return contributions.stream().map(c -> new Bar(c, largest.signum() == 0 ? BigDecimal.ZERO
                    : c.points().divide(largest, 4, java.math.RoundingMode.HALF_UP))).toList();
        }

        /** The criteria adding most points, largest first (ties in criterion order), for the chart's text. */
        public List<Contribution> largestContributions(int n) {
            return contributions.stream().filter(c -> c.points().signum() > 0)
                    .sorted(java.util.Comparator.comparing(Contribution::points).reversed()).limit(n).toList();
        }

        public boolean scored() {
            return score != null;
        }
    }
}
