package org.sendpmo.adapters.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendpmo.adapters.NodeServers;
import org.sendpmo.chase.LeadContact;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * {@link CognitoProjectLeads} against a server that speaks the Cognito user pools API (the AWS JSON 1.1
 * protocol the SDK uses): cognito-local (npm), which the build installs from the committed lock into
 * target/cognito-local and this test runs as a child process on a free port. The pool, its groups and
 * users are made through the same SDK client. cognito-local answers ListUsersInGroup in one page (it
 * ignores Limit and sends no NextToken), so the paging is the SDK paginator's, not exercised here.
 * Skips, saying why, where node or the installed server is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CognitoProjectLeadsTest {

    private static final Path HOME = Path.of("target/cognito-local");
    private static final Path CLI = HOME.resolve("node_modules/cognito-local/lib/bin/start.js");

    private Process server;
    private CognitoIdentityProviderClient cognito;
    private String poolId;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(CLI), "cognito-local is not installed at " + CLI.toAbsolutePath()
                + ": the build's npm-ci-cognito-local step installs it (skipped with -Dses.skipNpm=true or without npm)");
        Assumptions.assumeTrue(NodeServers.onPath("node"), "node is not on PATH, so the local Cognito server cannot run");
        int port = NodeServers.freePort();
        // a fresh store each run: cognito-local keeps its pools in .cognito under its working directory
        deleteRecursively(HOME.resolve(".cognito"));
        // cognito-local's pools default to emails as usernames; infra's pool has usernames (email an alias)
        Files.createDirectories(HOME.resolve(".cognito"));
        Files.writeString(HOME.resolve(".cognito/config.json"), "{\"UserPoolDefaults\":{\"UsernameAttributes\":[]}}");
        ProcessBuilder builder = new ProcessBuilder("node", CLI.toAbsolutePath().toString()).directory(HOME.toFile())
                .redirectErrorStream(true).redirectOutput(HOME.resolve("server.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("HOST", "127.0.0.1");
        server = builder.start();
        awaitPort(port);
        cognito = CognitoFactory.client("eu-west-2", URI.create("http://127.0.0.1:" + port), "test-key", "test-secret");
        poolId = cognito.createUserPool(r -> r.poolName("send-assurance").aliasAttributesWithStrings("email")).userPool().id();
        for (String group : List.of("project-lead", "programme-office")) {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName(group));
        }
        user("sam.okafor", "Sam Okafor", "P01,P02", "project-lead");
        user("jo.reid", "Jo Reid", " P01 ", "project-lead");
        user("lee.gone", "Lee Gone", "P01", "project-lead");
        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("lee.gone"));
        // in the office, not a lead, though the attribute names P01
        user("pat.office", "Pat Office", "P01", "programme-office");
    }

    @AfterAll
    void stop() throws Exception {
        NodeServers.stop(cognito, server);
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
        user("new.lead" + now.get().getEpochSecond(), "New Lead", "P09", "project-lead");
        assertEquals(List.of(), leads.forProject("P09"), "still the listing of a moment ago");
        now.set(now.get().plus(CognitoProjectLeads.FRESH_FOR).plusSeconds(1));
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

    private void user(String username, String name, String projects, String group) {
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS").userAttributes(
                attribute("email", username + "@example.org"), attribute("name", name), attribute("custom:projects", projects)));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /** node takes a moment to start; wait until it accepts connections (20 s at most). */
    private void awaitPort(int port) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("cognito-local exited; see " + HOME.resolve("server.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("cognito-local did not answer within 20 s; see " + HOME.resolve("server.log"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
