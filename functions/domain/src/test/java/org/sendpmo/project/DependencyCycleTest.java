package org.sendpmo.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.returns.Problem;

/**
 * A project's dependencies must not lead back to it, whether a change to one project makes the cycle or a whole
 * registry file does. The registry runs over in-memory stand-ins for its ports (a map of projects, a list of audit
 * entries, a transaction that just runs the work): the rules are the domain's own, and the database-backed path is
 * covered by the api's registry tests.
 */
class DependencyCycleTest {

    private final Map<String, Project> stored = new TreeMap<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final ProjectRegistry registry = new ProjectRegistry(new ProjectDirectory() {
        @Override
        public Optional<Project> find(String projectId) {
            return Optional.ofNullable(stored.get(projectId));
        }

        @Override
        public List<Project> all() {
            return List.copyOf(stored.values());
        }

        @Override
        public void save(Project project) {
            stored.put(project.id(), project);
        }
    }, new RegistryValidator(new OneUser()), new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> between(Instant from, Instant to, int limit) {
            return List.copyOf(audited);
        }
    }, new org.sendpmo.storage.Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }, Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private static final class OneUser implements UserDirectory {
        private final Person lead = new Person("lead", "Sam Okafor", Set.of(Role.PROJECT_LEAD));

        @Override
        public Optional<Person> find(String username) {
            return "lead".equals(username) ? Optional.of(lead) : Optional.empty();
        }

        @Override
        public List<Person> all() {
            return List.of(lead);
        }
    }

    private static final Actor OFFICE = new Actor("office", Set.of(Role.PROGRAMME_OFFICE), Set.of());

    private static ProjectDraft draft(String id, String name, String dependencies) {
        return new ProjectDraft(id, name, "", "1", "lead", "C1", "", "Implementation", "", "", dependencies);
    }

    private void add(String id, String dependencies) {
        assertTrue(registry.create(draft(id, "Project " + id, dependencies), OFFICE) instanceof RegistryOutcome.Saved);
    }

    private static List<String> messages(RegistryOutcome outcome) {
        return ((RegistryOutcome.Rejected) outcome).problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aChangeThatClosesACycleIsRefusedNamingItAndNothingIsStored() {
        add("P01", "");
        add("P02", "P01");
        add("P03", "P02");
        int entries = audited.size();

        RegistryOutcome outcome = registry.edit("P01", draft("P01", "Project P01", "P03"), OFFICE);

        assertEquals(List.of("dependencies: P01 depends on P03, which depends on P02, which depends on P01: a project"
                + " cannot depend, directly or through others, on itself. Remove one of these dependencies"), messages(outcome));
        assertEquals(Set.of(), stored.get("P01").dependencies(), "nothing stored");
        assertEquals(entries, audited.size(), "nothing audited");
    }

    @Test
    void twoProjectsDependingOnEachOtherAreNamedAsTheBriefSays() {
        add("P01", "");
        add("P03", "P01");

        RegistryOutcome outcome = registry.edit("P01", draft("P01", "Project P01", "P03"), OFFICE);

        Problem problem = ((RegistryOutcome.Rejected) outcome).problems().get(0);
        assertTrue(problem.message().startsWith("P01 depends on P03, which depends on P01:"), problem.message());
        assertEquals("P03", problem.value(), "the dependency that closes the cycle, as typed");
    }

    @Test
    void dependenciesThatShareAProjectWithoutLeadingBackAreAllowed() {
        add("P01", "");
        add("P02", "P01");
        add("P03", "P01, P02");
        assertTrue(registry.edit("P01", draft("P01", "Project P01", ""), OFFICE) instanceof RegistryOutcome.Saved);
        assertEquals(Set.of("P01", "P02"), stored.get("P03").dependencies());
    }

    @Test
    void aFileWhoseRowsTogetherMakeACycleIsRefusedOnTheRowsThatMakeIt() {
        add("P01", "");
        add("P02", "");
        add("P04", "");

        ProjectRegistry.ImportCheck check = registry.checkImport(List.of(
                new ProjectRegistry.ImportRow(2, draft("P01", "Project P01", "P02")),
                new ProjectRegistry.ImportRow(3, draft("P02", "Project P02", "P05")),
                new ProjectRegistry.ImportRow(4, draft("P04", "Project P04", "")),
                new ProjectRegistry.ImportRow(5, draft("", "A new one", "P01"))));

        // row 5 is given P05; P01 → P02 → P05 → P01 is made by rows 2, 3 and 5 together
        assertEquals(Set.of(2, 3, 5), check.problemsByRow().keySet());
        assertEquals("P05 depends on P01, which depends on P02, which depends on P05",
                check.problemsByRow().get(5).get(0).message().split(":")[0]);
        assertEquals(List.of(), check.projects(), "all or nothing");
        assertEquals(Set.of(), stored.get("P01").dependencies());
    }

    @Test
    void aFileThatBreaksACycleStoredBeforeTheRuleIsAccepted() {
        stored.put("P01", new Project("P01", "Old one", "", 1, Set.of(), Set.of(), "Lead", "", ProjectStage.IMPLEMENTATION,
                null, null, Set.of("P02"), null));
        stored.put("P02", new Project("P02", "Old two", "", 1, Set.of(), Set.of(), "Lead", "", ProjectStage.IMPLEMENTATION,
                null, null, Set.of("P01"), null));

        ProjectRegistry.ImportCheck check = registry.checkImport(List.of(
                new ProjectRegistry.ImportRow(2, draft("P02", "Old two", ""))));

        assertTrue(check.accepted(), check.problemsByRow().toString());
    }
}
