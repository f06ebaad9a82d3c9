package org.sendpmo.api.access;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.List;

/**
 * A person who signs in to the local run ({@code assurance.users.<username>}): a BCrypt hash of their
 * password (never the password), their roles, their email address and, for a project lead, the projects they
 * lead. In AWS
 * people sign in with Cognito instead and none is configured.
 */
@EachProperty("assurance.users")
public class LocalUser {

    private final String username;
    private String name = "";
    private String email = "";
    private String passwordHash = "";
    private List<String> roles = List.of();
    private List<String> projects = List.of();

    public LocalUser(@Parameter String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    /** The name shown on pages ("Signed in as …"); the username when not set. */
    public String getName() {
        return name.isBlank() ? username : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Where chases for the projects they lead are sent; blank when none is on record. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = List.copyOf(roles);
    }

    public List<String> getProjects() {
        return projects;
    }

    public void setProjects(List<String> projects) {
        this.projects = List.copyOf(projects);
    }
}
