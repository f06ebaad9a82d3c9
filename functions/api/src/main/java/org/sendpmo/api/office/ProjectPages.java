package org.sendpmo.api.office;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.MinisterialPriority;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.project.ProjectStage;
import org.sendpmo.returns.Problem;

/** Builds and renders the registry's pages: the list of projects and the form to add or change one. */
@Singleton
public class ProjectPages {

    private final Pages pages;
    private final SiteConfig site;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final org.sendpmo.reference.ReferenceLists lists;

    public ProjectPages(Pages pages, SiteConfig site, ProjectDirectory projects, UserDirectory users,
                        org.sendpmo.reference.ReferenceLists lists) {
        this.lists = lists;
        this.pages = pages;
        this.site = site;
        this.projects = projects;
        this.users = users;
    }

    public String list() {
        Map<String, Object> model = base("Project registry");
        model.put("projects", projects.all().stream().map(ProjectPages::row).toList());
        return pages.render("app/projects.ftlh", model);
    }

    /** The new-project form (project null) or an existing project's form, with the values and problems given. */
    public String form(Project project, Map<String, String> values, List<Problem> problems) {
        Map<String, Object> model = base(project == null ? "Add a project" : "Change " + project.id() + ": " + project.name());
        model.put("editing", project != null);
        model.put("project", project == null ? Map.of() : row(project));
        model.put("action", project == null ? "/office/projects" : "/office/projects/" + project.id());
        model.put("leadOptions", leadOptions(values.getOrDefault("lead", "")));
        model.put("leadHint", project != null && project.leadUsername().isEmpty() && !project.lead().isEmpty()
                ? "Recorded before the registry as \"" + project.lead() + "\", who is not a user. Leave this unselected to keep that, or choose a user."
                : "A person who can sign in. They may report on this project, and the pack shows their name.");
        model.put("stageOptions", options(ProjectStage.values(), s -> ((ProjectStage) s).label(), "Select a stage"));
        model.put("groupOptions", groupOptions());
        model.put("areaOptions", checkboxes(ImprovementArea.values(), a -> a.name() + " " + ((ImprovementArea) a).shortName()));
        model.put("priorityOptions", checkboxes(MinisterialPriority.values(), b -> b.name() + " " + ((MinisterialPriority) b).title()));
        model.put("values", ProjectFormFields.values(values));
        model.put("problems", problems);
        Map<String, String> errorFor = new HashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        model.put("errorFor", errorFor);
        return pages.render("app/project-form.ftlh", model);
    }

    static Map<String, String> row(Project p) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("id", p.id());
        r.put("name", p.name());
        r.put("href", "/office/projects/" + p.id());
        r.put("group", p.operationalGroup() == 0 ? "None" : "Operational Group " + p.operationalGroup());
        r.put("lead", p.lead().isEmpty() ? "Not recorded" : p.lead());
        r.put("leadUsername", p.leadUsername());
        r.put("stage", p.stage().label());
        r.put("closed", p.isClosed() ? "Closed on " + OfficeFormat.date(p.closedOn()) : "");
        r.put("areas", p.improvementAreas().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
        r.put("priorities", p.priorities().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
        r.put("dependencies", String.join(", ", new TreeSet<>(p.dependencies())));
        r.put("dates", (p.startDate() == null ? "Start not recorded" : "Starts " + OfficeFormat.date(p.startDate()))
                + (p.plannedEndDate() == null ? "" : ", ends " + OfficeFormat.date(p.plannedEndDate())));
        return r;
    }

    /** Everyone in the user directory; a lead no longer there (or recorded as free text) stays selectable as typed. */
    private List<Map<String, String>> leadOptions(String current) {
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", "Select the lead"));
        boolean found = current.isEmpty();
        for (UserDirectory.Person person : users.all()) {
            options.add(Map.of("value", person.username(), "label", person.name() + " (" + person.username() + ")"));
            found |= person.username().equals(current);
        }
        if (!found) {
            options.add(Map.of("value", current, "label", current + " (not a user)"));
        }
        return options;
    }

    /** Every group, by the name the programme office gave it on the operational groups list. */
    private List<Map<String, String>> groupOptions() {
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("value", "0", "label", "None"));
        for (int g = 1; g <= 9; g++) {
            options.add(Map.of("value", String.valueOf(g), "label", lists.groupName(g)));
        }
        return options;
    }

    private static List<Map<String, String>> options(Enum<?>[] values, java.util.function.Function<Enum<?>, String> label, String prompt) {
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", prompt));
        for (Enum<?> e : values) {
            options.add(Map.of("value", e.name(), "label", label.apply(e)));
        }
        return options;
    }

    private static List<Map<String, String>> checkboxes(Enum<?>[] values, java.util.function.Function<Enum<?>, String> label) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Enum<?> e : values) {
            options.add(Map.of("value", e.name(), "label", label.apply(e), "hint", ""));
        }
        return options;
    }

    private Map<String, Object> base(String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("programmeName", site.getProgrammeName());
        return model;
    }
}
