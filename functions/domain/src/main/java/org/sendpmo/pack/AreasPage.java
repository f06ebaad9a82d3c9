package org.sendpmo.pack;

import java.util.List;
import java.util.Objects;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.scoring.Band;

/**
 * The improvement areas page (methodology §6): each of the nine areas C1–C9 with the active projects that
 * serve it, how many there are in each priority band, whether it is a gap and why, the open register
 * entries that name it and the KPIs that measure it.
 *
 * @param areas C1 to C9 in order
 */
public record AreasPage(List<Area> areas) {

    public AreasPage {
        areas = List.copyOf(areas);
    }

    /** The areas that are gaps, in area order. */
    public List<Area> gaps() {
        return areas.stream().filter(Area::gap).toList();
    }

    /**
     * @param projects  the active projects serving the area, by project id
     * @param gapReason why the area is a gap, as {@link org.sendpmo.board.CoverageAnalysis} says; empty when it is not
     * @param risks     the open register entries that name the area, as on the risks page
     * @param kpis      the KPIs measuring the area, as on the KPIs page
     */
    public record Area(ImprovementArea area, List<Served> projects, boolean gap, String gapReason,
                       List<RiskPage.Entry> risks, List<KpiPage.Row> kpis) {
        public Area {
            kpis = List.copyOf(kpis);
            Objects.requireNonNull(area, "area");
            projects = List.copyOf(projects);
            Objects.requireNonNull(gapReason, "gapReason");
            risks = List.copyOf(risks);
        }

        /** The id of the area's row on the page. */
        public String anchor() {
            return "area-" + area.code();
        }

        public long high() {
            return count(Band.HIGH);
        }

        public long medium() {
            return count(Band.MEDIUM);
        }

        public long low() {
            return count(Band.LOW);
        }

        private long count(Band band) {
            return projects.stream().filter(p -> p.band() == band).count();
        }

        public long notScored() {
            return projects.stream().filter(p -> p.band() == null).count();
        }
    }

    /** @param band null when the project is not scored this cycle (no return, or assessment incomplete) */
    public record Served(ProjectLink project, Band band) {
        public Served {
            Objects.requireNonNull(project, "project");
        }
    }
}
