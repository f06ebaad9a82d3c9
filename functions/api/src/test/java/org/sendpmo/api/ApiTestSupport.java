package org.sendpmo.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;

/** Helpers shared by the api tests: a complete valid form, and requests that return error responses too. */
final class ApiTestSupport {

    private ApiTestSupport() {
    }

    static final String OFFICE = "office";
    static final String LEAD = "lead";
    static final String BOARD = "board";
    static final String ADMIN = "admin";
    /** Every test user's password is this followed by the username. */
    static final String PASSWORD_PREFIX = "correct horse battery ";

    /**
     * Properties for a test class: its own in-memory H2 database, the class's S3Proxy, redirects not
     * followed, a session secret, and one user of each role (the lead leads P01 only). Hashes use
     * BCrypt's lowest cost so tests stay fast; the product's users use cost 12.
     */
    static Map<String, String> properties(org.sendpmo.adapters.s3.S3ProxyExtension s3, Class<?> testClass) {
        Map<String, String> p = new java.util.HashMap<>(s3.micronautProperties());
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "test-session-secret-of-at-least-32-characters");
        user(p, OFFICE, "programme-office", "");
        user(p, LEAD, "project-lead", "P01");
        user(p, BOARD, "board-member", "");
        user(p, ADMIN, "administrator", "");
        p.put("micronaut.http.client.follow-redirects", "false");
        // chases are written as .eml files here, one folder per test class
        p.put("assurance.mail.folder", outbox(testClass).toString());
        p.put("datasources.default.url", "jdbc:h2:mem:" + testClass.getSimpleName()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return p;
    }

    /** Where the folder mailer writes a test class's emails. */
    static java.nio.file.Path outbox(Class<?> testClass) {
        return java.nio.file.Path.of("target", "outbox", testClass.getSimpleName()).toAbsolutePath();
    }

    /** Empties a test class's outbox, so that it reads only the emails of this run. */
    static void emptyOutbox(Class<?> testClass) {
        java.nio.file.Path outbox = outbox(testClass);
        if (!java.nio.file.Files.isDirectory(outbox)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(outbox)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.delete(f);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void user(Map<String, String> p, String username, String role, String projects) {
        p.put("assurance.users." + username + ".password-hash",
                org.springframework.security.crypto.bcrypt.BCrypt.hashpw(PASSWORD_PREFIX + username,
                        org.springframework.security.crypto.bcrypt.BCrypt.gensalt(4)));
        p.put("assurance.users." + username + ".roles", role);
        p.put("assurance.users." + username + ".name", "Test " + role);
        p.put("assurance.users." + username + ".email", username + "@example.org");
        if (!projects.isEmpty()) {
            p.put("assurance.users." + username + ".projects", projects);
        }
    }

    /** A signed-in browser: its cookies (session and CSRF nonce) and the token its pages' forms carry. */
    record Browser(java.net.URI server, String cookies, String csrfToken) {
    }

    /** A browser signed in as the user, with cookies made by the product's own session and CSRF code. */
    static Browser browser(io.micronaut.context.ApplicationContext context, java.net.URI server, String username) {
        var user = context.getBean(org.sendpmo.api.access.LocalUserDirectory.class).find(username).orElseThrow();
        String session = context.getBean(org.sendpmo.api.access.SessionCookies.class)
                .signIn(user, io.micronaut.http.HttpRequest.GET("/")).getValue();
        String cookieName = context.getBean(io.micronaut.security.token.cookie.AccessTokenCookieConfiguration.class).getCookieName();
        return new Browser(server, cookieName + "=" + session + "; " + org.sendpmo.api.access.Csrf.COOKIE + "=" + SignedInClient.NONCE,
                context.getBean(org.sendpmo.api.access.Csrf.class).tokenFor(SignedInClient.NONCE, username));
    }

    /** Signs the headless browser in through the real sign-in page, as a person would. */
    static void signIn(org.openqa.selenium.WebDriver driver, String baseUrl, String username) {
        driver.get(baseUrl + "/sign-in");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(PASSWORD_PREFIX + username);
        driver.findElement(org.openqa.selenium.By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Signed in as"));
    }

    static void ensureProjects(ProjectDirectory projects) {
        if (projects.find("P01").isEmpty()) {
            projects.save(new Project("P01", "Annual review backlog", 3, Set.of(ImprovementArea.C1, ImprovementArea.C6), "AD SCS"));
            projects.save(new Project("P02", "Review of Special Schools", 2, Set.of(ImprovementArea.C2), "Director of Education"));
        }
    }

    /** KPIs K21 (a percentage) and CK3 (a count), so returns can carry KPI values. */
    static void ensureKpis(org.sendpmo.kpi.KpiStore kpis) {
        if (kpis.definitions().isEmpty()) {
            kpis.saveDefinitions(org.sendpmo.adapters.sheets.SheetFixtures.kpis());
        }
    }

    static Map<String, String> validForm(String projectId, String month, String commentary) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("projectId", projectId);
        form.put("reportingMonth", month);
        form.put("submittedBy", "Sam Lead");
        form.put("overallRag", "AMBER");
        form.put("progressCommentary", commentary);
        form.put("keyRisksAndIssues", "Recruitment is slow\r\nDependency on NHS capacity");
        form.put("milestones[0].name", "Pilot live");
        form.put("milestones[0].baseline", "31/3/2026");
        form.put("milestones[0].forecast", "15/5/2026");
        form.put("milestones[0].complete", "no");
        for (int i = 1; i <= 11; i++) {
            form.put(String.format("scores.c%02d", i), String.valueOf(1 + i % 5));
        }
        return form;
    }

    /** The JSON api's shape of the form's fields, for {@code POST /api/returns}. */
    static Map<String, Object> returnJson(Map<String, String> form) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("projectId", form.get("projectId"));
        json.put("reportingMonth", form.get("reportingMonth"));
        json.put("overallRag", "AMBER");
        json.put("progressCommentary", form.get("progressCommentary"));
        json.put("submittedBy", "Sam Lead");
        json.put("keyRisksAndIssues", List.of("Recruitment is slow"));
        json.put("milestones", List.of(Map.of("name", "Pilot live", "baseline", "2026-03-31", "forecast", "2026-05-15", "complete", false)));
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            scores.put(String.format("c%02d", i), 1 + i % 5);
        }
        json.put("scores", scores);
        return json;
    }

    static HttpRequest<Map<String, String>> postForm(String path, Map<String, String> form) {
        return HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    /** Exchanges and returns the response whatever its status (the blocking client throws on 4xx/5xx). */
    static HttpResponse<String> exchange(BlockingHttpClient client, HttpRequest<?> request) {
        try {
            return client.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }

    /**
     * A GET straight through the API Gateway v2 handler, for binary bodies (the proxy test server's HTTP
     * bridge closes the connection on them). The function shares the test's context, so it is not closed.
     */
    static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse getThroughHandler(
            io.micronaut.context.ApplicationContext context, String path) {
        var function = new io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction(context);
        var http = com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod("GET").withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build();
        return function.handleRequest(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("accept", "*/*", "cookie", browser(context, java.net.URI.create("http://localhost/"),
                        context.getBean(TestIdentity.class).username()).cookies())).withIsBase64Encoded(false)
                .withRequestContext(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(http).withStage("$default").withRequestId("t").build())
                .build(), null);
    }
}
