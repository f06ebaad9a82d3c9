package org.sendpmo.access;

import java.util.Objects;
import java.util.Set;

/**
 * The person (or the product itself) doing something: what the audit log records as "who", and what
 * access checks ask about.
 *
 * @param username  the sign-in name, stable; what the audit log records
 * @param roles     the roles held
 * @param projects  for a project lead, the projects they lead (ids); empty otherwise
 */
public record Actor(String username, Set<Role> roles, Set<String> projects) {

    /** The product acting on its own: a scheduled build, the ingest function, the demo loader. */
    public static final Actor SYSTEM = new Actor("system", Set.of(), Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        projects = Set.copyOf(projects);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The programme office's powers: held by the programme office and administrators. */
    public boolean isOffice() {
        return has(Role.PROGRAMME_OFFICE) || has(Role.ADMINISTRATOR);
    }

    /** May this person submit or read returns for the project? The office may for every project. */
    public boolean mayReportOn(String projectId) {
        return isOffice() || (has(Role.PROJECT_LEAD) && projects.contains(projectId));
    }
}
