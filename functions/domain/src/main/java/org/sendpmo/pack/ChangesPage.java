package org.sendpmo.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sendpmo.board.Change;
import org.sendpmo.cycle.BoardCycle;

/**
 * The changes page (methodology §6): every change since the same board's previous pack, grouped by kind in
 * {@link Change.Kind} order, each with its cause and links to its project and to the risk or KPI it is about.
 *
 * @param previousCycle the cycle compared with, or null when this is the board's first
 * @param rankMoveShown the smallest rank move listed
 * @param sections      one per kind of change that happened, in kind order
 */
public record ChangesPage(BoardCycle previousCycle, int rankMoveShown, List<Section> sections) {

    public ChangesPage {
        sections = List.copyOf(sections);
    }

    public boolean hasPreviousCycle() {
        return previousCycle != null;
    }

    public int total() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /** Every kind of change with how many there were, for the summary (kinds with none too). */
    public List<Count> counts() {
        return Arrays.stream(Change.Kind.values()).map(k -> new Count(k, sections.stream()
                .filter(s -> s.kind() == k).mapToInt(s -> s.rows().size()).sum())).toList();
    }

    public record Count(Change.Kind kind, int count) {
        public String anchor() {
            return ChangesPage.anchor(kind);
        }
    }

    /** The section's id on the page: "rank", "risk-new", "kpi-revised". */
    static String anchor(Change.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public record Section(Change.Kind kind, List<Row> rows) {
        public Section {
            Objects.requireNonNull(kind, "kind");
            rows = List.copyOf(rows);
        }

        public String anchor() {
            return ChangesPage.anchor(kind);
        }

        /** The heading of the column naming what changed, or null when the change is to the project itself. */
        public String subjectHeading() {
            return kind == Change.Kind.KPI_REVISED ? "KPI" : kind.aboutRisk() ? "Risk or issue" : null;
        }
    }

    /**
     * @param project     the project it is listed under; null for a programme-level change
     * @param subjectHref where the risk or KPI is shown ("risks.html#risk-R01", "kpis.html#kpi-K21"); null when the
     *                    pack does not show it (a closed entry) or the change is to the project itself
     */
    public record Row(Change change, ProjectLink project, String subjectHref) {
        public Row {
            Objects.requireNonNull(change, "change");
        }

        public String projectName() {
            return project == null ? change.projectName() : project.name();
        }
    }
}
