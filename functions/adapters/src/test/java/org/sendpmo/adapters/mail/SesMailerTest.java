package org.sendpmo.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendpmo.adapters.NodeServers;
import org.sendpmo.chase.MailMessage;
import org.sendpmo.chase.MailUnavailable;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * {@link SesMailer} against a real SES v2 API server on loopback: aws-ses-v2-local (npm), which the build
 * installs into target/ses-local and this test runs as a child process on a free port. The message is read
 * back from the server's own store. Skips, saying why, where node or the installed server is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SesMailerTest {

    private static final Path CLI = Path.of("target/ses-local/node_modules/aws-ses-v2-local/dist/cli.js");

    private Process server;
    private URI endpoint;
    private SesV2Client client;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(CLI), "aws-ses-v2-local is not installed at " + CLI.toAbsolutePath()
                + ": the build's npm-ci-ses-local step installs it (skipped with -Dses.skipNpm=true or without npm)");
        Assumptions.assumeTrue(NodeServers.onPath("node"), "node is not on PATH, so the local SES server cannot run");
        int port = NodeServers.freePort();
        endpoint = URI.create("http://127.0.0.1:" + port);
        server = new ProcessBuilder("node", CLI.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(Path.of("target/ses-local/server.log").toFile()).start();
        awaitStore();
        client = MailerFactory.client(config(endpoint));
    }

    @AfterAll
    void stop() throws Exception {
        NodeServers.stop(client, server);
    }

    @Test
    void theMessageReachesSesWithItsSenderRecipientsSubjectAndBodyAndTheIdIsSesOwn() throws Exception {
        MailMessage message = new MailMessage(List.of("sam.okafor@example.org", "jo.reid@example.org"),
                "Monthly return for P01 Annual review backlog (November 2026) not yet received",
                "Dear Sam Okafor and Jo Reid,\n\nWe have not yet received… £0 of it.\n");
        String id = new SesMailer(client, "office@example.org").send(message);

        JsonNode email = lastEmail();
        assertEquals(id, email.path("messageId").asText(), email.toString());
        assertEquals("office@example.org", email.path("from").asText(), email.toString());
        assertTrue(email.path("destination").toString().contains("sam.okafor@example.org"), email.toString());
        assertTrue(email.path("destination").toString().contains("jo.reid@example.org"), email.toString());
        assertEquals(message.subject(), email.path("subject").asText(), email.toString());
        assertTrue(email.path("body").path("text").asText().contains("We have not yet received… £0 of it."), email.toString());
    }

    @Test
    void aServerThatIsNotThereIsMailUnavailableNotAnSdkException() throws Exception {
        try (SesV2Client nowhere = MailerFactory.client(config(URI.create("http://127.0.0.1:" + NodeServers.freePort())))) {
            MailUnavailable e = assertThrows(MailUnavailable.class, () -> new SesMailer(nowhere, "office@example.org")
                    .send(new MailMessage(List.of("a@example.org"), "Subject", "Body")));
            assertTrue(e.getMessage().startsWith("Amazon SES did not take the message"), e.getMessage());
        }
    }

    private static MailConfig.Ses config(URI endpoint) {
        MailConfig.Ses ses = new MailConfig.Ses();
        ses.setRegion("eu-west-2");
        ses.setEndpoint(endpoint);
        ses.setAccessKey("test-key");
        ses.setSecretKey("test-secret");
        return ses;
    }

    private JsonNode lastEmail() throws IOException, InterruptedException {
        JsonNode emails = new ObjectMapper().readTree(get("/store")).path("emails");
        assertTrue(emails.size() > 0, "the server's store holds no email");
        return emails.get(emails.size() - 1);
    }

    private String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** node takes a moment to start; ask its store until it answers (20 s at most). */
    private void awaitStore() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("aws-ses-v2-local exited; see target/ses-local/server.log");
            }
            try {
                get("/store");
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("aws-ses-v2-local did not answer within 20 s; see target/ses-local/server.log");
    }
}
