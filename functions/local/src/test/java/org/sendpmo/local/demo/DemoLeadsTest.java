package org.sendpmo.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.access.Role;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDraft;
import org.sendpmo.project.RegistryValidator;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The demo data keeps the registry's rule "a lead who is not a user is refused": every demo project's lead is a user
 * of the local run's directory (the real {@code ConfiguredUserDirectory} over the demo users' configuration), with
 * the name the pack shows, and the registry accepts each demo project as it stands. Each demo user's password is
 * {@code <username>-demo}, as the README says.
 */
class DemoLeadsTest {

    @Test
    void everyDemoProjectIsLedByADemoUserAndTheRegistryAcceptsItUnchanged() {
        Map<String, Object> properties = new HashMap<>(DemoUsers.properties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:demo-leads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            UserDirectory users = context.getBean(UserDirectory.class);
            RegistryValidator registry = new RegistryValidator(users);
            List<Project> demo = DemoProjects.all();
            for (Project p : demo) {
                UserDirectory.Person lead = users.find(p.leadUsername())
                        .orElseThrow(() -> new AssertionError(p.id() + "'s lead '" + p.leadUsername() + "' is not a user"));
                assertEquals(lead.name(), p.lead(), p.id() + ": the pack shows the user's name");
                assertTrue(lead.roles().contains(Role.PROJECT_LEAD), p.id() + ": led by a project lead");
                List<Project> others = demo.stream().filter(o -> !o.id().equals(p.id())).toList();
                RegistryValidator.Result checked = registry.check(p.id(), ProjectDraft.of(p), p, others, LocalDate.now());
                assertEquals(List.of(), checked.problems(), p.id());
                assertEquals(p, checked.project(), p.id() + " saved again unchanged");
            }
            assertEquals(List.of("P01", "P02", "P03"), demo.stream().filter(p -> p.leadUsername().equals("lead"))
                    .map(Project::id).toList(), "the demo lead leads P01 to P03, as the README says");
        }
    }

    @Test
    void everyDemoUsersPasswordIsTheirUsernameAndDemo() {
        for (DemoUsers.User user : DemoUsers.all()) {
            assertTrue(BCrypt.checkpw(user.username() + "-demo", user.passwordHash()), user.username());
        }
    }
}
