package org.sendpmo.adapters.cognito;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sendpmo.access.Role;
import org.sendpmo.access.UserDirectory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * In AWS, the people who can sign in are the user pool's enabled users ({@code ListUsers}), each with the roles
 * of the groups they are in ({@code ListUsersInGroup} for each role's group, as the token's {@code cognito:groups}
 * would say) and their {@code name} (their username when they have none). The registry's form offers them as
 * leads and a registry file's leads are checked against them.
 *
 * <p>The pool is read once and kept for a minute ({@link PoolListing}): the form lists everyone and an imported
 * file checks each row's lead in turn, and one reading serves them all; someone added in Cognito can be chosen
 * within a minute. If Cognito cannot be reached, the last reading serves; with none, the request fails saying so.
 */
public final class CognitoUserDirectory implements UserDirectory {

    private final PoolListing<Map<String, Person>> people;

    public CognitoUserDirectory(CognitoIdentityProviderClient cognito, String userPoolId, Clock clock) {
        UserPool pool = new UserPool(cognito, userPoolId);
        this.people = new PoolListing<>(clock, "list the users of Cognito user pool " + userPoolId
                + " (ListUsers, and ListUsersInGroup for each role)", () -> read(pool));
    }

    @Override
    public Optional<Person> find(String username) {
        return Optional.ofNullable(people.get().get(username));
    }

    @Override
    public List<Person> all() {
        return List.copyOf(people.get().values());
    }

    /** Everyone, by username. */
    private static Map<String, Person> read(UserPool pool) {
        Map<String, Set<Role>> roles = roles(pool);
        Map<String, Person> people = new TreeMap<>();
        for (UserType user : pool.users()) {
            String name = UserPool.attribute(user, "name");
            people.put(user.username(), new Person(user.username(), name.isBlank() ? user.username() : name,
                    roles.getOrDefault(user.username(), Set.of())));
        }
        return java.util.Collections.unmodifiableMap(people);
    }

    private static Map<String, Set<Role>> roles(UserPool pool) {
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Role role : Role.values()) {
            for (UserType member : pool.members(role.groupName())) {
                roles.computeIfAbsent(member.username(), u -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        return roles;
    }
}
