package org.sendpmo.api.access;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;

/** The signed-in person as the domain sees them. */
public final class CurrentActor {

    /** Where a Cognito user pool keeps a lead's projects: a custom attribute, comma-separated. */
    static final String COGNITO_PROJECTS = "custom:projects";

    private CurrentActor() {
    }

    public static Actor of(Authentication authentication) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String group : authentication.getRoles()) {
            Role.fromGroupName(group).ifPresent(roles::add);
        }
        Object projects = authentication.getAttributes().getOrDefault(SessionCookies.PROJECTS,
                authentication.getAttributes().get(COGNITO_PROJECTS));
        return new Actor(authentication.getName(), roles, projects(projects));
    }

    /** The display name, or the username. */
    public static String name(Authentication authentication) {
        Object name = authentication.getAttributes().get(SessionCookies.NAME);
        return name == null ? authentication.getName() : name.toString();
    }

    private static Set<String> projects(Object claim) {
        Set<String> projects = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(p -> projects.add(String.valueOf(p)));
        } else if (claim instanceof String text && !text.isBlank()) {
            // Cognito custom attributes are strings: "P01,P07"
            for (String p : text.split(",")) {
                projects.add(p.trim());
            }
        }
        return projects;
    }
}
