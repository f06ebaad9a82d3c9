package org.sendpmo.adapters.wiring;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.sendpmo.access.UserDirectory;

/**
 * The user directory of a function that has none wired (the ingest and pack-builder functions): it knows
 * nobody, so a registry file read there is refused on every lead, saying the lead is not a user, rather than
 * stored unchecked. The api's directory (the configured users, or a Cognito adapter) takes precedence.
 */
@Singleton
@Secondary
public class NoUserDirectory implements UserDirectory {

    @Override
    public Optional<Person> find(String username) {
        return Optional.empty();
    }

    @Override
    public List<Person> all() {
        return List.of();
    }
}
