package org.sendpmo.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the people who can sign in. The local run's adapter reads the configured users; a deployment's
 * adapter would read the Cognito user pool (ListUsers / AdminGetUser) behind the same two calls.
 */
public interface UserDirectory {

    /** A person the directory knows, with the name pages show. */
    record Person(String username, String name, Set<Role> roles) {
        public Person {
            roles = Set.copyOf(roles);
        }
    }

    Optional<Person> find(String username);

    /** Everyone, ordered by username. */
    List<Person> all();
}
