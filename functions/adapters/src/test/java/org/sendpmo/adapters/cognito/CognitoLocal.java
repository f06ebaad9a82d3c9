package org.sendpmo.adapters.cognito;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.sendpmo.adapters.NodeServers;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * A server that speaks the Cognito user pools API (the AWS JSON 1.1 protocol the SDK uses): cognito-local (npm),
 * which the adapters build installs from the committed lock into adapters' target/cognito-local, run as a child
 * process on a free port, with a fresh store of its own under the test module's target/cognito-run/&lt;name&gt;.
 * Pools, groups and users are made through the same SDK client the product uses. cognito-local answers the
 * listings in one page (it ignores Limit and sends no NextToken), so paging is the SDK paginators', not exercised.
 * {@link #start} skips the test, saying why, where node or the installed server is missing.
 */
public final class CognitoLocal implements AutoCloseable {

    private static final Path CLI = Path.of("node_modules/cognito-local/lib/bin/start.js");
    private static final String ACCESS_KEY = "test-key";
    private static final String SECRET_KEY = "test-secret";

    private final Process server;
    private final String endpoint;
    private final CognitoIdentityProviderClient client;

    private CognitoLocal(Process server, String endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.client = CognitoFactory.client("eu-west-2", URI.create(endpoint), ACCESS_KEY, SECRET_KEY);
    }

    /** Starts a server with an empty store, or skips the calling test when it cannot run here. */
    public static CognitoLocal start(String name) throws Exception {
        Path cli = installed();
        Assumptions.assumeTrue(cli != null, "cognito-local is not installed in functions/adapters/target/cognito-local: the"
                + " adapters build's npm-ci-cognito-local step installs it (skipped with -Dses.skipNpm=true or without npm)");
        Assumptions.assumeTrue(NodeServers.onPath("node"), "node is not on PATH, so the local Cognito server cannot run");
        Path home = Path.of("target/cognito-run", name).toAbsolutePath();
        deleteRecursively(home);
        // cognito-local's pools default to emails as usernames; infra's pool has usernames (email an alias)
        Files.createDirectories(home.resolve(".cognito"));
        Files.writeString(home.resolve(".cognito/config.json"), "{\"UserPoolDefaults\":{\"UsernameAttributes\":[]}}");
        int port = NodeServers.freePort();
        ProcessBuilder builder = new ProcessBuilder("node", cli.toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("server.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("HOST", "127.0.0.1");
        Process server = builder.start();
        awaitPort(server, port, home);
        return new CognitoLocal(server, "http://127.0.0.1:" + port);
    }

    public CognitoIdentityProviderClient client() {
        return client;
    }

    /** A new pool with the groups; its id. */
    public String pool(List<String> groups) {
        String poolId = client.createUserPool(r -> r.poolName("send-assurance").aliasAttributesWithStrings("email")).userPool().id();
        for (String group : groups) {
            client.createGroup(r -> r.userPoolId(poolId).groupName(group));
        }
        return poolId;
    }

    /** A user with an email, a name and a lead's projects, in the groups. */
    public void user(String poolId, String username, String name, String projects, String... groups) {
        client.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS").userAttributes(
                attribute("email", username + "@example.org"), attribute("name", name), attribute("custom:projects", projects)));
        for (String group : groups) {
            client.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
        }
    }

    public void disable(String poolId, String username) {
        client.adminDisableUser(r -> r.userPoolId(poolId).username(username));
    }

    /** The product's settings for this server's pool ({@link CognitoFactory}). */
    public Map<String, String> properties(String poolId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(CognitoFactory.USER_POOL_ID, poolId);
        p.put("assurance.cognito.region", "eu-west-2");
        p.put("assurance.cognito.endpoint", endpoint);
        p.put("assurance.cognito.access-key", ACCESS_KEY);
        p.put("assurance.cognito.secret-key", SECRET_KEY);
        return p;
    }

    @Override
    public void close() throws Exception {
        NodeServers.stop(client, server);
    }

    /** Installed by the adapters build: found from adapters' own tests and from another module's. */
    private static Path installed() {
        for (Path home : List.of(Path.of("target/cognito-local"), Path.of("../adapters/target/cognito-local"))) {
            if (Files.isRegularFile(home.resolve(CLI))) {
                return home.resolve(CLI).toAbsolutePath();
            }
        }
        return null;
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /** node takes a moment to start; wait until it accepts connections (20 s at most). */
    private static void awaitPort(Process server, int port, Path home) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("cognito-local exited; see " + home.resolve("server.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        server.destroy();
        throw new IllegalStateException("cognito-local did not answer within 20 s; see " + home.resolve("server.log"));
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
