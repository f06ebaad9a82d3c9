package org.sendpmo.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;

/**
 * The upload form's plain post on the local run's server (Netty, not the API Gateway proxy): the api
 * reads the raw multipart body through {@code ServerHttpRequest.byteBody()} on both, and this shows the
 * Netty side; the in-process reader then records the file.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalServerUploadTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String BOUNDARY = "----localServerUploadBoundary";

    @Inject
    EmbeddedServer server;

    @Inject
    ProjectDirectory projects;

    @Inject
    KpiStore kpis;

    @Inject
    ReturnLedger ledger;

    /** Keeps cookies as a browser does: the CSRF nonce, then the session. */
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(S3.micronautProperties());
        p.put("datasources.default.url",
                "jdbc:h2:mem:local-upload;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "local-server-test-secret-0123456789abcdef");
        org.sendpmo.local.demo.DemoUsers.properties().forEach((k, v) -> p.put(k, String.valueOf(v)));
        return p;
    }

    @BeforeAll
    void programme() {
        projects.save(new Project("P01", "Annual review backlog", 3, Set.of(ImprovementArea.C1), "AD SCS"));
        kpis.saveDefinitions(SheetFixtures.kpis());
    }

    @Test
    void theDemoOfficeUserSignsInAndAFilePostedWithoutScriptIsStoredReadAndRecorded() throws Exception {
        String month = YearMonth.now().minusMonths(1).toString();
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month)));
        signIn("office", "office-demo");
        String token = hiddenToken(get("/uploads/new").body());

        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, csv))).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(303, posted.statusCode(), posted.body());
        String status = posted.headers().firstValue("Location").orElseThrow();
        String json = "";
        for (int i = 0; i < 600 && !json.contains("\"ACCEPTED\""); i++) {
            Thread.sleep(50);
            json = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + status.replace("/uploads/", "/api/uploads/"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        assertTrue(json.contains("\"state\":\"ACCEPTED\""), json);
        assertTrue(ledger.history("P01").stream().anyMatch(r -> r.content().reportingMonth().toString().equals(month)));
    }

    /** Through the real sign-in page on Netty, with the token its form carries. */
    private void signIn(String username, String password) throws Exception {
        String token = hiddenToken(get("/sign-in").body());
        String form = "csrfToken=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(password) + "&next=%2F";
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertTrue(get("/").body().contains("Signed in as"), "the session cookie opens the start page");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hiddenToken(String page) {
        return org.jsoup.Jsoup.parse(page).selectFirst("input[name=csrfToken]").val();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String csrfToken, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\n" + csrfToken + "\r\n");
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nreturns\r\n");
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"returns.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
