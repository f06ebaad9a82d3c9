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
    static final String COGNITO_USERNAME = "cognito:username";

    private CurrentActor() {
    }

    public static Actor of(Authentication authentication) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String group : authentication.getRoles()) {
            Role.fromGroupName(group).ifPresent(roles::add);
        }
        Object projects = authentication.getAttributes().getOrDefault(SessionCookies.PROJECTS,
                authentication.getAttributes().get(COGNITO_PROJECTS));
        return new Actor(username(authentication), roles, projects(projects));
    }

    /**
     * The username the audit log records: Cognito's {@code cognito:username} (ID tokens) or
     * {@code username} (access tokens) where present, since a Cognito token's subject is an opaque id;
     * otherwise the token's subject, which the local run's sessions set to the username.
     */
    static String username(Authentication authentication) {
        for (String claim : new String[] {COGNITO_USERNAME, "username"}) {
            Object value = authentication.getAttributes().get(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return authentication.getName();
    }

    /** The display name (the local run's {@code name}, or Cognito's {@code name} or {@code email}), or the username. */
    public static String name(Authentication authentication) {
        for (String claim : new String[] {SessionCookies.NAME, "email"}) {
            Object value = authentication.getAttributes().get(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return username(authentication);
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
