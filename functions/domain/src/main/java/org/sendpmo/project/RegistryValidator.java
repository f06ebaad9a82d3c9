package org.sendpmo.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.TypedDates;

/**
 * Checks a typed project against the registry it would join and the user directory. Every problem is
 * reported on its field (the draft's component names), with what was typed and how to put it right.
 */
public final class RegistryValidator {

    static final int MAX_NAME = 300;
    static final int MAX_DESCRIPTION = 2000;

    private final UserDirectory users;

    public RegistryValidator(UserDirectory users) {
        this.users = users;
    }

    /** The project, or every problem with the draft. */
    public record Result(Project project, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param id       the id the project has or will have
     * @param existing the project as stored before this change, or null for a new one
     * @param others   every other project of the registry after the change (not this one)
     * @param today    the day a project moved to "closed" is closed on
     */
    public Result check(String id, ProjectDraft draft, Project existing, Collection<Project> others, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String name = name(draft.name(), others, problems);
        if (draft.description().length() > MAX_DESCRIPTION) {
            problems.add(new Problem("description", "", "The description must be " + MAX_DESCRIPTION
                    + " characters or fewer; it has " + draft.description().length()));
        }
        int group = group(draft.operationalGroup(), problems);
        Optional<UserDirectory.Person> lead = keepsFreeTextLead(draft, existing)
                ? Optional.of(new UserDirectory.Person("", existing.lead(), java.util.Set.of()))
                : lead(draft.lead(), problems);
        Set<ImprovementArea> areas = codes(draft.improvementAreas(), "improvementAreas", ImprovementArea.class,
                "an improvement area: use C1 to C9", problems);
        Set<MinisterialPriority> priorities = codes(draft.priorities(), "priorities", MinisterialPriority.class,
                "a ministerial priority: use B1 to B5", problems);
        Optional<ProjectStage> stage = ProjectStage.parse(draft.stage());
        if (stage.isEmpty()) {
            problems.add(new Problem("stage", draft.stage(), draft.stage().isEmpty() ? "Choose the project's stage"
                    : "'" + draft.stage() + "' is not a stage: use discovery, scoping, mobilisation, implementation,"
                    + " evaluation, legacy planning, transition to business as usual or closed"));
        }
        LocalDate start = TypedDates.optional(draft.startDate(), "startDate", "start date", problems);
        LocalDate end = TypedDates.optional(draft.plannedEndDate(), "plannedEndDate", "planned end date", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("plannedEndDate", draft.plannedEndDate(),
                    "The planned end date must be on or after the start date (" + start.format(DateTimeFormatter.ofPattern("d/M/uuuu")) + ")"));
        }
        Set<String> dependencies = dependencies(id, draft.dependencies(), others, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        LocalDate closedOn = stage.get() != ProjectStage.CLOSED ? null
                : existing != null && existing.isClosed() ? existing.closedOn() : today;
        return new Result(new Project(id, name, draft.description(), group, areas, priorities, lead.get().name(),
                lead.get().username(), stage.get(), start, end, dependencies, closedOn), List.of());
    }

    private static String name(String name, Collection<Project> others, List<Problem> problems) {
        if (name.isEmpty()) {
            problems.add(new Problem("name", "", "Enter the project's name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem("name", name, "The name must be " + MAX_NAME + " characters or fewer"));
        } else {
            nameTaken(name, others).ifPresent(problems::add);
        }
        return name;
    }

    /** The problem on the name field when another project has the same name, ignoring case and spacing. */
    static Optional<Problem> nameTaken(String name, Collection<Project> others) {
        String key = Project.nameKey(name);
        return others.stream().filter(p -> Project.nameKey(p.name()).equals(key)).findFirst().map(p -> new Problem("name",
                name, "There is already a project called '" + p.name() + "' (" + p.id() + "): choose another name"));
    }

    private static int group(String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int group = Integer.parseInt(text);
            if (group >= 0 && group <= 9) {
                return group;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem("operationalGroup", text, "The operational group must be a number from 1 to 9, or 0 for none"));
        return 0;
    }

    /**
     * A project recorded before the registry names its lead in free text (a role). It keeps that lead while it is
     * changed with the lead left empty, so that such a registry exports and imports again unchanged; choosing a
     * user replaces it.
     */
    private static boolean keepsFreeTextLead(ProjectDraft draft, Project existing) {
        return draft.lead().isEmpty() && existing != null && existing.leadUsername().isEmpty() && !existing.lead().isEmpty();
    }

    private Optional<UserDirectory.Person> lead(String username, List<Problem> problems) {
        if (username.isEmpty()) {
            problems.add(new Problem("lead", "", "Choose the project's lead"));
            return Optional.empty();
        }
        Optional<UserDirectory.Person> person = users.find(username);
        if (person.isEmpty()) {
            problems.add(new Problem("lead", username, "'" + username + "' is not a user: the lead must be someone who"
                    + " can sign in. Choose a user, or ask an administrator to add them first"));
        }
        return person;
    }

    private static <E extends Enum<E>> Set<E> codes(String text, String field, Class<E> type, String what, List<Problem> problems) {
        Set<E> found = EnumSet.noneOf(type);
        for (String code : split(text)) {
            Optional<E> value = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(code)).findFirst();
            if (value.isPresent()) {
                found.add(value.get());
            } else {
                problems.add(new Problem(field, code, "'" + code + "' is not " + what));
            }
        }
        return found;
    }

    private static Set<String> dependencies(String id, String text, Collection<Project> others, List<Problem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> known = new java.util.HashSet<>(others.stream().map(Project::id).toList());
        for (String dependency : split(text)) {
            String upper = dependency.toUpperCase(Locale.ROOT);
            if (upper.equals(id)) {
                problems.add(new Problem("dependencies", dependency, "A project cannot depend on itself (" + id + ")"));
            } else if (!known.contains(upper)) {
                problems.add(new Problem("dependencies", dependency, "'" + dependency + "' is not a project in the registry:"
                        + " give the id of the project depended on, for example P03"));
            } else {
                ids.add(upper);
            }
        }
        if (!ids.isEmpty()) {
            DependencyCycles.through(id, dependsOnAfter(id, ids, others)).ifPresent(problems::add);
        }
        return ids;
    }

    /** Every project's dependencies as they would be with this one's changed to {@code ids}. */
    static Map<String, Set<String>> dependsOnAfter(String id, Set<String> ids, Collection<Project> others) {
        Map<String, Set<String>> graph = new HashMap<>();
        others.forEach(p -> graph.put(p.id(), p.dependencies()));
        graph.put(id, ids);
        return graph;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
