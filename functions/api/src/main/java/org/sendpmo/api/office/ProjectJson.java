package org.sendpmo.api.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.TreeSet;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDraft;

/** The JSON shapes of the project registry. Dates are ISO (2026-12-16); codes as in the pack (C1, B2, P03). */
public final class ProjectJson {

    private ProjectJson() {
    }

    /** A project to add or change; lists as arrays. {@code stage} is a code (IMPLEMENTATION) or label. */
    @Serdeable
    public record ProjectRequest(@Nullable String id, @Nullable String name, @Nullable String description,
                                 @Nullable Integer operationalGroup, @Nullable String lead,
                                 @Nullable List<String> improvementAreas, @Nullable List<String> priorities,
                                 @Nullable String stage, @Nullable String startDate, @Nullable String plannedEndDate,
                                 @Nullable List<String> dependencies) {
        ProjectDraft toDraft() {
            return new ProjectDraft(id, name, description, operationalGroup == null ? "" : operationalGroup.toString(),
                    lead, join(improvementAreas), join(priorities), stage, startDate, plannedEndDate, join(dependencies));
        }

        private static String join(List<String> values) {
            return values == null ? "" : String.join(",", values);
        }
    }

    /** @param lead the lead's username ("" for a lead recorded as free text); leadName the name the pack shows */
    @Serdeable
    public record ProjectView(String id, String name, String description, int operationalGroup, String lead, String leadName,
                              List<String> improvementAreas, List<String> priorities, String stage,
                              @Nullable String startDate, @Nullable String plannedEndDate, List<String> dependencies,
                              @Nullable String closedOn) {
        static ProjectView of(Project p) {
            return new ProjectView(p.id(), p.name(), p.description(), p.operationalGroup(), p.leadUsername(), p.lead(),
                    p.improvementAreas().stream().sorted().map(Enum::name).toList(),
                    p.priorities().stream().sorted().map(Enum::name).toList(), p.stage().name(),
                    text(p.startDate()), text(p.plannedEndDate()), List.copyOf(new TreeSet<>(p.dependencies())),
                    text(p.closedOn()));
        }

        private static String text(java.time.LocalDate date) {
            return date == null ? null : date.toString();
        }
    }
}
