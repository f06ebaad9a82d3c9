package org.sendpmo.scoring.stability;

import java.util.List;
import java.util.Objects;

/**
 * The rank stability of a set of projects, stamped with the methodology version and the settings
 * (seed included) it was computed under, so a pack can be rebuilt to the same figures.
 *
 * @param projects in base ranking order (score, then c01, c11, name)
 */
public record StabilityReport(String methodologyVersion, StabilitySettings settings, List<ProjectStability> projects) {

    public StabilityReport {
        Objects.requireNonNull(methodologyVersion, "methodologyVersion");
        Objects.requireNonNull(settings, "settings");
        projects = List.copyOf(projects);
    }

    public long seed() {
        return settings.seed();
    }
}
