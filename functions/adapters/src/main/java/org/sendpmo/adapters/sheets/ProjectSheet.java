package org.sendpmo.adapters.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sendpmo.adapters.sheets.SheetColumn.Kind;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.MinisterialPriority;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDraft;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.project.ProjectStage;

/**
 * The project registry sheet: one row per project, the same columns for import and export, so a downloaded
 * registry uploads again unchanged. The cells are checked here for shape only; what needs the registry (unique
 * names, leads who are users, dependencies on projects that exist) is checked by {@link ProjectRegistry} and
 * reported on the same row and column.
 */
public final class ProjectSheet {

    public static final SheetColumn ID = SheetColumn.text("Project ID", false, 20,
            "The project's id; leave blank to add a project with the next free id", "P49");
    public static final SheetColumn NAME = SheetColumn.text("Name", true, 300, "The project's name, unique in the registry",
            "Review of Special Schools");
    public static final SheetColumn DESCRIPTION = SheetColumn.text("Description", false, 2000, "What the project does", "");
    public static final SheetColumn GROUP = SheetColumn.whole("Operational group", false, 0, 9,
            "The operational group it reports through; 0 or blank for none");
    /** Not required by the sheet: a project recorded before the registry keeps its free-text lead when this is blank. */
    public static final SheetColumn LEAD = SheetColumn.text("Lead", false, 100,
            "The lead's username: someone who can sign in to the product. Required for a new project", "lead");
    public static final SheetColumn AREAS = SheetColumn.list("Improvement areas", false,
            Arrays.stream(ImprovementArea.values()).map(ImprovementArea::code).toList(),
            "The areas of weakness (C1 to C9) the project serves", "C1; C6");
    public static final SheetColumn PRIORITIES = SheetColumn.list("Ministerial priorities", false,
            Arrays.stream(MinisterialPriority.values()).map(MinisterialPriority::code).toList(),
            "The ministerial priorities (B1 to B5) the project serves", "B5");
    public static final SheetColumn STAGE = SheetColumn.choice("Stage", true,
            Arrays.stream(ProjectStage.values()).map(ProjectStage::label).toList(),
            "Where the project is; Closed keeps it and its returns but takes it out of the roll-ups from the next month");
    public static final SheetColumn START = SheetColumn.of("Start date", Kind.DATE, false, "When the project started", "01/04/2026");
    public static final SheetColumn END = SheetColumn.of("Planned end date", Kind.DATE, false,
            "When it is planned to end: on or after the start date", "31/03/2027");
    public static final SheetColumn DEPENDS_ON = SheetColumn.list("Depends on", false, List.of(),
            "Ids of the projects it depends on, separated by semicolons", "P03; P07");

    public static final SheetSchema SCHEMA = new SheetSchema("Projects", "project",
            List.of(ID, NAME, DESCRIPTION, GROUP, LEAD, AREAS, PRIORITIES, STAGE, START, END, DEPENDS_ON));

    /** Which column reports a problem the registry found on a draft's field. */
    public static final Map<String, SheetColumn> BY_FIELD = byField();

    private ProjectSheet() {
    }

    /** Each row as a project draft, or every problem with the cells. */
    public static SheetResult<ProjectDraft> parse(byte[] bytes) {
        return SheetParser.parse(bytes, SCHEMA, ProjectSheet::row);
    }

    private static ProjectDraft row(SheetRow row) {
        String id = row.text(ID);
        String name = row.text(NAME);
        String description = row.text(DESCRIPTION);
        Integer group = row.whole(GROUP);
        String lead = row.text(LEAD);
        List<String> areas = row.list(AREAS);
        List<String> priorities = row.list(PRIORITIES);
        String stage = row.choice(STAGE);
        LocalDate start = row.date(START);
        LocalDate end = row.date(END);
        List<String> dependsOn = row.list(DEPENDS_ON);
        if (row.hasProblems()) {
            return null;
        }
        return new ProjectDraft(id, name, description, group == null ? "" : group.toString(), lead,
                String.join(",", areas), String.join(",", priorities), stage, iso(start), iso(end), String.join(",", dependsOn));
    }

    /** The registry as rows of the sheet, in the columns' order, for export. */
    public static List<List<String>> rows(List<Project> projects) {
        List<List<String>> rows = new ArrayList<>();
        for (Project p : projects) {
            rows.add(List.of(p.id(), p.name(), p.description(), String.valueOf(p.operationalGroup()), p.leadUsername(),
                    codes(p.improvementAreas()), codes(p.priorities()), p.stage().label(), iso(p.startDate()),
                    iso(p.plannedEndDate()), String.join("; ", new TreeSet<>(p.dependencies()))));
        }
        return rows;
    }

    private static String codes(java.util.Set<? extends Enum<?>> values) {
        return String.join("; ", values.stream().sorted().map(Enum::name).toList());
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static Map<String, SheetColumn> byField() {
        Map<String, SheetColumn> map = new LinkedHashMap<>();
        map.put("id", ID);
        map.put("name", NAME);
        map.put("description", DESCRIPTION);
        map.put("operationalGroup", GROUP);
        map.put("lead", LEAD);
        map.put("improvementAreas", AREAS);
        map.put("priorities", PRIORITIES);
        map.put("stage", STAGE);
        map.put("startDate", START);
        map.put("plannedEndDate", END);
        map.put("dependencies", DEPENDS_ON);
        return map;
    }
}
