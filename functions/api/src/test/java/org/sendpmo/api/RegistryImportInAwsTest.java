package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.adapters.cognito.CognitoLocal;
import org.sendpmo.adapters.cognito.CognitoUserDirectory;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RawKey;

/**
 * The registry and its import configured as in AWS: the uploads launcher is "s3-event" (the bucket's event has
 * ingest read uploads, so nothing in the api reads returns files) and the user pool is configured, so the user
 * directory is the pool's (cognito-local here, {@link CognitoLocal}). The api reads a registry file itself, in
 * the request that stored it or said it was sent, once, checking its leads against the pool; ingest leaves it
 * (ingest's UploadEventTest). Skipped, saying why, where cognito-local cannot run.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryImportInAwsTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static CognitoLocal cognito;
    private static Map<String, String> poolProperties;

    @Inject
    EmbeddedServer server;

    @Inject
    UserDirectory users;

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("assurance.uploads.launcher", "s3-event");
        p.putAll(pool());
        return p;
    }

    /** The pool, made once before the application starts: a lead, an office user and a disabled lead. */
    private static synchronized Map<String, String> pool() {
        if (poolProperties != null) {
            return poolProperties;
        }
        try {
            cognito = CognitoLocal.start(RegistryImportInAwsTest.class.getSimpleName());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String poolId = cognito.pool(List.of("project-lead", "programme-office", "board-member", "administrator"));
        cognito.user(poolId, "sam.okafor", "Sam Okafor", "", "project-lead");
        cognito.user(poolId, "pat.office", "Pat Office", "", "programme-office");
        cognito.user(poolId, "lee.gone", "Lee Gone", "", "project-lead");
        cognito.disable(poolId, "lee.gone");
        poolProperties = cognito.properties(poolId);
        return poolProperties;
    }

    @AfterAll
    void stopCognito() throws Exception {
        if (cognito != null) {
            cognito.close();
        }
    }

    private String header() {
        HttpResponse<String> csv = exchange(client, HttpRequest.GET("/office/projects/export/project-registry.csv"));
        assertEquals(200, csv.code());
        return body(csv).lines().findFirst().orElseThrow();
    }

    private byte[] registry(String... rows) {
        return (header() + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The no-script form post; the upload's JSON straight after it, without waiting for anything. */
    private Map<String, Object> postAndLook(String kind, String fileName, byte[] bytes) {
        ApiTestSupport.Browser browser = ApiTestSupport.browser(server.getApplicationContext(), server.getURI(), identity.username());
        return upload(UploadSupport.idFrom(UploadSupport.postFile(browser, kind, fileName, bytes, false)));
    }

    private Map<String, Object> upload(String id) {
        return client.retrieve(HttpRequest.GET("/api/uploads/" + id), Argument.mapOf(String.class, Object.class));
    }

    private long added(String projectId, Instant since) {
        return audit.between(since, Instant.now().plusSeconds(1), 1000).stream()
                .filter(e -> e.action() == AuditAction.PROJECT_CREATED && projectId.equals(e.subject())).count();
    }

    @Test
    void theDirectoryIsThePoolAndTheFormOffersItsEnabledUsers() {
        assertEquals(CognitoUserDirectory.class, users.getClass());
        String form = body(exchange(client, HttpRequest.GET("/office/projects/new")));
        assertTrue(form.contains("Sam Okafor (sam.okafor)") && form.contains("Pat Office (pat.office)"), form);
        assertFalse(form.contains("lee.gone"), "disabled in the pool");
        assertFalse(form.contains("(lead)"), "a configured user is not in the pool, so not offered");
    }

    @Test
    void aRegistryFileIsReadOnceInTheRequestThatStoredItWithItsLeadCheckedAgainstThePool() {
        Instant start = Instant.now();
        byte[] file = registry(",Pool led outreach,,2,sam.okafor,C1,,Discovery,,,");
        Map<String, Object> read = postAndLook("project-registry", "registry.csv", file);
        assertEquals("ACCEPTED", read.get("state"), "read in the request, not left for ingest: " + read);
        assertEquals(1, ((Number) read.get("recorded")).intValue(), read.toString());
        Project added = projects.all().stream().filter(p -> p.name().equals("Pool led outreach")).findFirst().orElseThrow();
        assertEquals("sam.okafor", added.leadUsername());
        assertEquals("Sam Okafor", added.lead(), "the name from the pool");

        String id = (String) read.get("id");
        HttpResponse<String> page = exchange(client, HttpRequest.GET("/uploads/" + id));
        assertEquals(200, page.code());
        assertTrue(body(page).contains("File accepted"), body(page));
        // the browser saying it was sent again, and the same bytes uploaded again, read nothing twice
        assertEquals(202, exchange(client, HttpRequest.POST("/api/uploads/" + id + "/sent", "")).code());
        assertEquals(id, postAndLook("project-registry", "again.csv", file).get("id"));
        assertEquals(1, added(added.id(), start), "one project added, once");
        assertEquals(1, projects.all().stream().filter(p -> p.name().equals("Pool led outreach")).count());
    }

    @Test
    void leadsWhoAreNotEnabledUsersOfThePoolAreRefusedOnTheirRows() {
        List<Project> before = projects.all();
        // 'lead' is a configured user of the local run, not a user of the pool; 'lee.gone' is disabled there
        Map<String, Object> refused = postAndLook("project-registry", "refused.csv", registry(
                ",Hub pilot,,2,lead,C1,,Discovery,,,",
                ",Nurture service,,2,lee.gone,C1,,Discovery,,,"));
        assertEquals("REJECTED", refused.get("state"), refused.toString());
        String problems = refused.get("problems").toString();
        assertTrue(problems.contains("row=2") && problems.contains("'lead' is not a user"), problems);
        assertTrue(problems.contains("row=3") && problems.contains("'lee.gone' is not a user"), problems);
        assertEquals(before, projects.all(), "nothing recorded");
    }

    @Test
    void aRegistryFileSentStraightToStorageIsReadWhenTheBrowserSaysItWasSent() throws Exception {
        byte[] file = registry(",Presigned pathway,,3,sam.okafor,C2,,Scoping,,,");
        Map<String, Object> started = UploadSupport.start(client, "project-registry", "registry.csv", file.length,
                RawKey.sha256(file), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> put = (Map<String, Object>) started.get("put");
        assertEquals(200, UploadSupport.put(put, file));
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) started.get("upload")).get("id");
        assertEquals("PENDING", upload(id).get("state"), "stored, not read until the browser says so");
        Map<String, Object> sent = client.retrieve(HttpRequest.POST((String) started.get("sentUrl"), ""),
                Argument.mapOf(String.class, Object.class));
        assertEquals("ACCEPTED", sent.get("state"), "the answer to 'sent' is the upload as read: " + sent);
        assertTrue(projects.all().stream().anyMatch(p -> p.name().equals("Presigned pathway")));
    }

    @Test
    void otherKindsAreLeftToIngest() {
        byte[] returns = org.sendpmo.adapters.sheets.SheetFixtures.returnsCsv(List.of(
                org.sendpmo.adapters.sheets.SheetFixtures.returnRow("P01", java.time.YearMonth.now().minusMonths(1).toString())));
        Map<String, Object> upload = postAndLook("returns", "returns.csv", returns);
        assertEquals("PENDING", upload.get("state"), "the bucket's event has ingest read it: " + upload);
    }
}
