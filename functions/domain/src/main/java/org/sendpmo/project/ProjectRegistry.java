package org.sendpmo.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.Transactions;

/**
 * The programme office adds, changes and closes projects, one at a time or a whole registry from a file.
 * Each change is checked against the registry as it would be afterwards, and stored with its audit entry in one
 * transaction, or not at all. Nothing here deletes a project: closing one keeps it and its returns.
 */
public final class ProjectRegistry {

    private static final Pattern NUMBERED = Pattern.compile("P(\\d{1,6})");

    private final ProjectDirectory projects;
    private final RegistryValidator validator;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ProjectRegistry(ProjectDirectory projects, RegistryValidator validator, AuditLog audit, Transactions transactions,
                           Clock clock) {
        this.projects = projects;
        this.validator = validator;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Adds a project; an empty id in the draft gives it the next free P-number. */
    public RegistryOutcome create(ProjectDraft draft, Actor actor) {
        return refusingATakenName(draft, () -> transactions.inTransaction(() -> {
            Map<String, Project> all = byId(projects.all());
            String id = draft.id().isEmpty() ? nextId(all.keySet()) : draft.id();
            if (!Project.isValidId(id) || all.containsKey(id)) {
                return new RegistryOutcome.Rejected(List.of(new Problem("id", id, all.containsKey(id)
                        ? "There is already a project " + id + ": leave the id empty for the next free one"
                        : "A project id is capitals, digits or '-', at most 20, for example P49")));
            }
            RegistryValidator.Result result = validator.check(id, draft, null, all.values(), today());
            if (!result.problems().isEmpty()) {
                return new RegistryOutcome.Rejected(result.problems());
            }
            store(null, result.project(), actor, "");
            return new RegistryOutcome.Saved(List.of(result.project()));
        }));
    }

    /** Changes a project; its id stays. Moving it to the stage "closed" closes it today. */
    public RegistryOutcome edit(String id, ProjectDraft draft, Actor actor) {
        return refusingATakenName(draft.withId(id), () -> transactions.inTransaction(() -> {
            Map<String, Project> all = byId(projects.all());
            Project existing = all.remove(id);
            if (existing == null) {
                return new RegistryOutcome.NotFound(id);
            }
            RegistryValidator.Result result = validator.check(id, draft, existing, all.values(), today());
            if (!result.problems().isEmpty()) {
                return new RegistryOutcome.Rejected(result.problems());
            }
            store(existing, result.project(), actor, "");
            return new RegistryOutcome.Saved(List.of(result.project()));
        }));
    }

    /**
     * Two saves of the same name at once each pass the check before the other is stored; the storage's unique key
     * then refuses the second, whose transaction has rolled back. It gets the message the check would have given.
     */
    private RegistryOutcome refusingATakenName(ProjectDraft draft, java.util.function.Supplier<RegistryOutcome> change) {
        try {
            return change.get();
        } catch (ProjectNameTaken e) {
            List<Project> others = projects.all().stream().filter(p -> !p.id().equals(draft.id())).toList();
            return new RegistryOutcome.Rejected(List.of(RegistryValidator.nameTaken(draft.name(), others)
                    .orElseGet(() -> new Problem("name", draft.name(), e.getMessage()))));
        }
    }

    /** A row of an imported registry: its row number in the file (for problems) and what it says. */
    public record ImportRow(int row, ProjectDraft draft) {
    }

    /** What an import would do, or every problem with it by row. */
    public record ImportCheck(List<Project> projects, Map<Integer, List<Problem>> problemsByRow, int unchanged) {
        public boolean accepted() {
            return problemsByRow.isEmpty();
        }
    }

    /**
     * Checks a whole registry file against the registry as it would be after it: rows with an existing id change
     * that project, rows with a new id or none add one; projects not in the file stay as they are.
     */
    public ImportCheck checkImport(List<ImportRow> rows) {
        Map<String, Project> all = byId(projects.all());
        Map<Integer, List<Problem>> problems = new LinkedHashMap<>();
        Map<Integer, String> ids = assignIds(rows, all, problems);
        // The registry after the file: each row's project stands in with its new name and id for the others' checks.
        Map<String, Project> after = new LinkedHashMap<>(all);
        for (ImportRow r : rows) {
            if (ids.containsKey(r.row())) {
                after.put(ids.get(r.row()), placeholder(ids.get(r.row()), r.draft()));
            }
        }
        List<Project> checked = new ArrayList<>();
        Map<Integer, Project> passed = new LinkedHashMap<>();
        int unchanged = 0;
        for (ImportRow r : rows) {
            String id = ids.get(r.row());
            if (id == null) {
                continue;
            }
            Map<String, Project> others = new LinkedHashMap<>(after);
            others.remove(id);
            RegistryValidator.Result result = validator.check(id, r.draft(), all.get(id), others.values(), today());
            if (!result.problems().isEmpty()) {
                problems.computeIfAbsent(r.row(), k -> new ArrayList<>()).addAll(result.problems());
                continue;
            }
            passed.put(r.row(), result.project());
            if (result.project().equals(all.get(id))) {
                unchanged++;
            } else {
                checked.add(result.project());
            }
        }
        dependencyCycles(all, passed, problems);
        return new ImportCheck(problems.isEmpty() ? checked : List.of(), problems, unchanged);
    }

    /**
     * Cycles that only the whole file makes (row 2 has P01 depend on P02, row 3 has P02 depend on P01): each row
     * checked alone saw the other rows' projects without their new dependencies. Reported on the rows that change
     * a dependency, so a cycle is named where it was made.
     */
    private static void dependencyCycles(Map<String, Project> stored, Map<Integer, Project> passed,
                                         Map<Integer, List<Problem>> problems) {
        Map<String, java.util.Set<String>> dependsOn = new HashMap<>();
        stored.values().forEach(p -> dependsOn.put(p.id(), p.dependencies()));
        passed.values().forEach(p -> dependsOn.put(p.id(), p.dependencies()));
        passed.forEach((row, p) -> {
            Project before = stored.get(p.id());
            if (before == null || !before.dependencies().equals(p.dependencies())) {
                DependencyCycles.through(p.id(), dependsOn)
                        .ifPresent(problem -> problems.computeIfAbsent(row, k -> new ArrayList<>()).add(problem));
            }
        });
    }

    /** Records an import's changes (all or none, in the caller's transaction when there is one). */
    public ImportCheck recordImport(List<ImportRow> rows, Actor actor, String reference) {
        return transactions.inTransaction(() -> {
            ImportCheck check = checkImport(rows);
            if (check.accepted()) {
                Map<String, Project> before = byId(projects.all());
                check.projects().forEach(p -> store(before.get(p.id()), p, actor, reference));
            }
            return check;
        });
    }

    private Map<Integer, String> assignIds(List<ImportRow> rows, Map<String, Project> all, Map<Integer, List<Problem>> problems) {
        Map<Integer, String> ids = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>(all.keySet());
        rows.forEach(r -> taken.add(r.draft().id().toUpperCase(java.util.Locale.ROOT)));
        for (ImportRow r : rows) {
            String id = r.draft().id().toUpperCase(java.util.Locale.ROOT);
            if (id.isEmpty()) {
                id = nextId(taken);
                taken.add(id);
            } else if (!Project.isValidId(id)) {
                problems.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(new Problem("id", r.draft().id(),
                        "A project id is capitals, digits or '-', at most 20, for example P49; leave it empty for a new project"));
                continue;
            } else if (seen.containsKey(id)) {
                problems.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(new Problem("id", r.draft().id(),
                        "Project " + id + " is also on row " + seen.get(id) + ": each project once"));
                continue;
            }
            seen.put(id, r.row());
            ids.put(r.row(), id);
        }
        return ids;
    }

    /** Enough of a row's project for the other rows' name and dependency checks. */
    private static Project placeholder(String id, ProjectDraft draft) {
        return new Project(id, draft.name().isEmpty() ? id : draft.name(), 0, java.util.Set.of(), "");
    }

    private void store(Project before, Project after, Actor actor, String reference) {
        projects.save(after);
        AuditAction action = before == null ? AuditAction.PROJECT_CREATED
                : after.isClosed() && !before.isClosed() ? AuditAction.PROJECT_CLOSED : AuditAction.PROJECT_CHANGED;
        String detail = before == null ? "Added " + after.name() + " (" + after.stage().label() + ", lead " + after.lead() + ")"
                : ProjectChanges.describe(before, after);
        audit.record(new AuditEntry(clock.instant(), actor.username(), action, after.id(),
                reference == null || reference.isEmpty() ? null : reference, detail));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE);
    }

    private static Map<String, Project> byId(List<Project> list) {
        Map<String, Project> map = new LinkedHashMap<>();
        list.forEach(p -> map.put(p.id(), p));
        return map;
    }

    /** The next P-number after the highest in use, two digits at least: P49 after P48. */
    static String nextId(java.util.Collection<String> taken) {
        int highest = 0;
        for (String id : taken) {
            Matcher m = NUMBERED.matcher(id);
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return String.format(java.util.Locale.ROOT, "P%02d", highest + 1);
    }

    /** For pages: the project, if any. */
    public Optional<Project> find(String id) {
        return projects.find(Objects.requireNonNull(id));
    }
}
