package org.sendpmo.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;

class CurrentActorTest {

    @Test
    void theRoleConstantsAreTheDomainsGroupNames() {
        assertEquals(List.of(Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.BOARD_MEMBER, Roles.ADMINISTRATOR),
                java.util.Arrays.stream(Role.values()).map(Role::groupName).toList());
    }

    @Test
    void aLocalSessionsRolesAndProjectsBecomeTheActor() {
        Actor actor = CurrentActor.of(Authentication.build("sam", List.of("project-lead", "unknown-group"),
                Map.of(SessionCookies.PROJECTS, List.of("P01", "P07"))));
        assertEquals(Set.of(Role.PROJECT_LEAD), actor.roles(), "a group that is no role is ignored");
        assertTrue(actor.mayReportOn("P07"));
        assertFalse(actor.mayReportOn("P02"));
        assertFalse(actor.isOffice());
    }

    @Test
    void aCognitoTokensCommaSeparatedProjectsAttributeIsRead() {
        Actor actor = CurrentActor.of(Authentication.build("sam", List.of("project-lead"), Map.of("custom:projects", "P03, P04")));
        assertEquals(Set.of("P03", "P04"), actor.projects());
    }

    @Test
    void theOfficeMayReportOnEveryProjectAndABoardMemberOnNone() {
        assertTrue(CurrentActor.of(Authentication.build("o", List.of("programme-office"))).mayReportOn("P99"));
        assertTrue(CurrentActor.of(Authentication.build("a", List.of("administrator"))).mayReportOn("P99"));
        assertFalse(CurrentActor.of(Authentication.build("b", List.of("board-member"))).mayReportOn("P01"));
    }

    @Test
    void signInRedirectsOnlyWithinTheSite() {
        assertEquals("/office?x=1", SignInController.safeNext("/office?x=1"));
        for (String away : new String[] {null, "", "https://evil.example", "//evil.example", "/\\evil.example", "office"}) {
            assertEquals("/", SignInController.safeNext(away), String.valueOf(away));
        }
    }

    @Test
    void withoutASessionSecretOfFullLengthTheApiRefusesToStartItsFilters() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.micronaut.context.exceptions.ConfigurationException.class,
                () -> new Csrf("too short"));
        assertTrue(e.getMessage().contains("ASSURANCE_SESSION_SECRET"), e.getMessage());
    }

    @Test
    void theThrottledAddressIsTheOneTheGatewayAppendedNotOneTheCallerSent() {
        var request = io.micronaut.http.HttpRequest.GET("/sign-in").header("X-Forwarded-For", "10.9.9.9, 203.0.113.7");
        assertEquals("203.0.113.7", Transport.clientAddress(request));
    }
}
