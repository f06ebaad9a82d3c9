package org.sendpmo.adapters.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendpmo.adapters.MovableClock;
import org.sendpmo.adapters.NodeServers;
import org.sendpmo.chase.LeadContact;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** {@link CognitoProjectLeads} against cognito-local ({@link CognitoLocal}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CognitoProjectLeadsTest {

    private CognitoLocal cognitoLocal;
    private CognitoIdentityProviderClient cognito;
    private String poolId;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));

    @BeforeAll
    void start() throws Exception {
        cognitoLocal = CognitoLocal.start(getClass().getSimpleName());
        cognito = cognitoLocal.client();
        poolId = cognitoLocal.pool(List.of("project-lead", "programme-office"));
        cognitoLocal.user(poolId, "sam.okafor", "Sam Okafor", "P01,P02", "project-lead");
        cognitoLocal.user(poolId, "jo.reid", "Jo Reid", " P01 ", "project-lead");
        cognitoLocal.user(poolId, "lee.gone", "Lee Gone", "P01", "project-lead");
        cognitoLocal.disable(poolId, "lee.gone");
        // in the office, not a lead, though the attribute names P01
        cognitoLocal.user(poolId, "pat.office", "Pat Office", "P01", "programme-office");
    }

    @AfterAll
    void stop() throws Exception {
        if (cognitoLocal != null) {
            cognitoLocal.close();
        }
    }

    @Test
    void aProjectsLeadsAreTheEnabledMembersOfTheLeadGroupWhoseProjectsNameIt() {
        CognitoProjectLeads leads = new CognitoProjectLeads(cognito, poolId, clock);
        assertEquals(List.of(new LeadContact("jo.reid", "Jo Reid", "jo.reid@example.org"),
                new LeadContact("sam.okafor", "Sam Okafor", "sam.okafor@example.org")), leads.forProject("P01"));
        assertEquals(List.of("sam.okafor"), leads.forProject("P02").stream().map(LeadContact::username).toList());
        assertEquals(List.of(), leads.forProject("P03"), "nobody on record");
    }

    @Test
    void theGroupIsListedAtMostOnceAMinute() {
        CognitoProjectLeads leads = new CognitoProjectLeads(cognito, poolId, clock);
        assertEquals(List.of(), leads.forProject("P09"));
        cognitoLocal.user(poolId, "new.lead" + clock.instant().getEpochSecond(), "New Lead", "P09", "project-lead");
        assertEquals(List.of(), leads.forProject("P09"), "still the listing of a moment ago");
        clock.advance(PoolListing.FRESH_FOR.plusSeconds(1));
        assertEquals(1, leads.forProject("P09").size(), "listed again once a minute has passed");
    }

    @Test
    void cognitoOutOfReachIsSaidPlainlyOrTheLastListingServes() throws Exception {
        try (CognitoIdentityProviderClient nowhere = CognitoFactory.client("eu-west-2",
                URI.create("http://127.0.0.1:" + NodeServers.freePort()), "test-key", "test-secret")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new CognitoProjectLeads(nowhere, poolId, clock).forProject("P01"));
            assertTrue(e.getMessage().startsWith("Could not list the project leads in Cognito user pool " + poolId), e.getMessage());
        }
    }
}
