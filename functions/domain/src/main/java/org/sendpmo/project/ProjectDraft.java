package org.sendpmo.project;

/**
 * A project as a person typed it (the registry form, the JSON api, a row of an import), every field as text
 * ("" when empty). Lists are comma separated codes or ids: {@code "C1,C4"}, {@code "B2"}, {@code "P03,P07"}.
 * Dates take 16/12/2026 or 2026-12-16.
 *
 * @param id    the project's id; "" for a new project, which is given the next free P-number
 * @param stage a {@link ProjectStage} code or label
 */
public record ProjectDraft(String id, String name, String description, String operationalGroup, String lead,
                           String improvementAreas, String priorities, String stage, String startDate,
                           String plannedEndDate, String dependencies) {

    public ProjectDraft {
        id = clean(id);
        name = clean(name);
        description = clean(description);
        operationalGroup = clean(operationalGroup);
        lead = clean(lead);
        improvementAreas = clean(improvementAreas);
        priorities = clean(priorities);
        stage = clean(stage);
        startDate = clean(startDate);
        plannedEndDate = clean(plannedEndDate);
        dependencies = clean(dependencies);
    }

    /** The draft of an existing project, for its edit form and for export. */
    public static ProjectDraft of(Project p) {
        return new ProjectDraft(p.id(), p.name(), p.description(), String.valueOf(p.operationalGroup()),
                p.leadUsername(), codes(p.improvementAreas()), codes(p.priorities()), p.stage().label(),
                p.startDate() == null ? "" : p.startDate().toString(),
                p.plannedEndDate() == null ? "" : p.plannedEndDate().toString(),
                String.join(",", new java.util.TreeSet<>(p.dependencies())));
    }

    public ProjectDraft withId(String newId) {
        return new ProjectDraft(newId, name, description, operationalGroup, lead, improvementAreas, priorities, stage,
                startDate, plannedEndDate, dependencies);
    }

    private static <E extends Enum<E>> String codes(java.util.Set<E> set) {
        return set.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
