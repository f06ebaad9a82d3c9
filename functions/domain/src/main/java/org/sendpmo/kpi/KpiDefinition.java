package org.sendpmo.kpi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendpmo.project.ImprovementArea;

/**
 * A KPI the programme tracks (domain facts §7, §10.4). A KPI is one of the critical few, or belongs
 * to at least one improvement area, or both. Programme data (which KPIs exist) is loaded, not coded here.
 *
 * @param owner    the organisation that owns the data, e.g. KCC or Health
 * @param baseline the baseline the programme agreed, or null when none was
 */
public record KpiDefinition(String id, String name, KpiUnit unit, Polarity polarity, String owner,
                            KpiFrequency frequency, boolean critical, Set<ImprovementArea> areas, KpiTargets targets,
                            AgreedBaseline baseline) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    /** A definition with no agreed baseline. */
    public KpiDefinition(String id, String name, KpiUnit unit, Polarity polarity, String owner, KpiFrequency frequency,
                         boolean critical, Set<ImprovementArea> areas, KpiTargets targets) {
        this(id, name, unit, polarity, owner, frequency, critical, areas, targets, null);
    }

    /** Whether an id is well formed: 1 to 32 letters, digits, '-' or '_', starting with a letter or digit. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public KpiDefinition {
        if (!validId(id)) {
            throw new IllegalArgumentException("KPI id must be 1 to 32 letters, digits, '-' or '_': " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("KPI " + id + " needs a name");
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("KPI " + id + " needs an owner");
        }
        Objects.requireNonNull(unit, "unit of " + id);
        Objects.requireNonNull(polarity, "polarity of " + id);
        Objects.requireNonNull(frequency, "frequency of " + id);
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        if (!critical && areas.isEmpty()) {
            throw new IllegalArgumentException("KPI " + id + " is neither critical nor mapped to an improvement area");
        }
        targets = targets == null ? KpiTargets.NONE : targets;
    }
}
