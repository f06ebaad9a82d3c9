package org.sendpmo.api.access;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendpmo.access.Role;
import org.sendpmo.access.UserDirectory;

/**
 * The user directory of the local run: the configured users ({@code assurance.users.*}). Where a user pool is
 * configured (AWS), the pool is asked instead ({@link org.sendpmo.adapters.cognito.CognitoUserDirectory}).
 */
@Singleton
@Requires(missingProperty = org.sendpmo.adapters.cognito.CognitoFactory.USER_POOL_ID)
public class ConfiguredUserDirectory implements UserDirectory {

    private final LocalUserDirectory users;

    public ConfiguredUserDirectory(LocalUserDirectory users) {
        this.users = users;
    }

    @Override
    public Optional<Person> find(String username) {
        return users.find(username).map(ConfiguredUserDirectory::person);
    }

    @Override
    public List<Person> all() {
        return users.all().stream().map(ConfiguredUserDirectory::person).toList();
    }

    private static Person person(LocalUser user) {
        Set<Role> roles = new LinkedHashSet<>();
        user.getRoles().forEach(r -> Role.fromGroupName(r).ifPresent(roles::add));
        return new Person(user.getUsername(), user.getName(), roles);
    }
}
