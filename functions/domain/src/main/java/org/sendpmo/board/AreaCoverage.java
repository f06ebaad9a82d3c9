package org.sendpmo.board;

import java.util.List;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.scoring.Band;

/**
 * One improvement area's coverage in a cycle (methodology §6).
 *
 * @param projects the active projects mapped to the area, each with its band (null when not scored)
 * @param gap      true when no active project serves the area, or none of them is in the High or Medium band
 */
public record AreaCoverage(ImprovementArea area, List<Mapped> projects, boolean gap, String gapReason) {

    public AreaCoverage {
        projects = List.copyOf(projects);
    }

    /** @param band null when the project is not scored this cycle (no return, or assessment incomplete) */
    public record Mapped(Project project, Band band) {
    }
}
