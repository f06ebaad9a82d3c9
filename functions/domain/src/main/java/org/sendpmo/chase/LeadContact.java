package org.sendpmo.chase;

import java.util.Objects;

/**
 * A project lead as a chase reaches them.
 *
 * @param email the address chases go to; blank when none is on record
 */
public record LeadContact(String username, String name, String email) {

    public LeadContact {
        Objects.requireNonNull(username, "username");
        name = name == null || name.isBlank() ? username : name;
        email = email == null ? "" : email.strip();
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }
}
