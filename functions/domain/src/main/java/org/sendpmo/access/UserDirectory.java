package org.sendpmo.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the people who can sign in. The local run's adapter reads the configured users; in AWS the adapter reads
 * the Cognito user pool (its users, and their roles from its groups). A function with no adapter wired (ingest)
 * has no directory, and so records no project registry file: the api reads those.
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
