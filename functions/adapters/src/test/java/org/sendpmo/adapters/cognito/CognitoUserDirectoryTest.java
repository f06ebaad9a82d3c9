package org.sendpmo.adapters.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendpmo.access.Role;
import org.sendpmo.access.UserDirectory.Person;
import org.sendpmo.adapters.MovableClock;
import org.sendpmo.adapters.NodeServers;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/** {@link CognitoUserDirectory} against cognito-local ({@link CognitoLocal}): the pool's users and their roles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CognitoUserDirectoryTest {

    private CognitoLocal cognitoLocal;
    private String poolId;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));

    @BeforeAll
    void start() throws Exception {
        cognitoLocal = CognitoLocal.start(getClass().getSimpleName());
        poolId = cognitoLocal.pool(List.of("project-lead", "programme-office", "board-member", "administrator"));
        cognitoLocal.user(poolId, "sam.okafor", "Sam Okafor", "P01", "project-lead");
        cognitoLocal.user(poolId, "pat.office", "Pat Office", "", "programme-office", "administrator");
        // can sign in, but has no role yet: still someone who could be made a project's lead
        cognitoLocal.user(poolId, "new.starter", "New Starter", "");
        cognitoLocal.user(poolId, "lee.gone", "Lee Gone", "P01", "project-lead");
        cognitoLocal.disable(poolId, "lee.gone");
        cognitoLocal.client().adminCreateUser(r -> r.userPoolId(poolId).username("no.name").messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("email").value("no.name@example.org").build()));
    }

    @AfterAll
    void stop() throws Exception {
        if (cognitoLocal != null) {
            cognitoLocal.close();
        }
    }

    private CognitoUserDirectory directory() {
        return new CognitoUserDirectory(cognitoLocal.client(), poolId, clock);
    }

    @Test
    void everyoneIsTheEnabledUsersByUsernameWithTheRolesOfTheirGroups() {
        List<Person> people = directory().all();
        assertEquals(List.of("new.starter", "no.name", "pat.office", "sam.okafor"),
                people.stream().map(Person::username).filter(u -> !u.startsWith("added.")).toList(), "lee.gone is disabled");
        assertEquals(new Person("sam.okafor", "Sam Okafor", Set.of(Role.PROJECT_LEAD)), people.get(people.size() - 1));
        assertEquals(Optional.of(new Person("pat.office", "Pat Office", Set.of(Role.PROGRAMME_OFFICE, Role.ADMINISTRATOR))),
                directory().find("pat.office"));
        assertEquals(Optional.of(new Person("new.starter", "New Starter", Set.of())), directory().find("new.starter"));
        assertEquals("no.name", directory().find("no.name").orElseThrow().name(), "without a name, the username");
    }

    @Test
    void aDisabledOrUnknownUserIsNotFound() {
        assertEquals(Optional.empty(), directory().find("lee.gone"));
        assertEquals(Optional.empty(), directory().find("nobody"));
    }

    @Test
    void thePoolIsReadAtMostOnceAMinute() {
        CognitoUserDirectory directory = directory();
        String added = "added." + clock.instant().getEpochSecond();
        assertEquals(Optional.empty(), directory.find(added));
        cognitoLocal.user(poolId, added, "Added Later", "", "project-lead");
        assertEquals(Optional.empty(), directory.find(added), "still the reading of a moment ago");
        clock.advance(PoolListing.FRESH_FOR.plusSeconds(1));
        assertEquals(Set.of(Role.PROJECT_LEAD), directory.find(added).orElseThrow().roles(), "read again once a minute has passed");
    }

    @Test
    void cognitoOutOfReachIsSaidPlainly() throws Exception {
        try (CognitoIdentityProviderClient nowhere = CognitoFactory.client("eu-west-2",
                URI.create("http://127.0.0.1:" + NodeServers.freePort()), "test-key", "test-secret")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new CognitoUserDirectory(nowhere, poolId, clock).all());
            assertTrue(e.getMessage().startsWith("Could not list the users of Cognito user pool " + poolId), e.getMessage());
        }
    }
}
