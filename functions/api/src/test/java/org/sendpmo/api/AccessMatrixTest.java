package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;

/**
 * Every endpoint called as every role and as nobody: allowed where the README's table says, refused
 * everywhere else. "Allowed" is any answer but a refusal (a 400 for an empty form is the endpoint at
 * work); a refusal is 403 for someone signed in, and for nobody a redirect to sign in (pages) or 401
 * (the JSON api). Every answer, refusals included, carries the security headers and none is a server
 * error. A route the product gains without a row here fails {@link #everyRouteIsInTheMatrix}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    ApplicationContext context;

    private static final String LEAD = ApiTestSupport.LEAD;
    private static final String OFFICE = ApiTestSupport.OFFICE;
    private static final String BOARD = ApiTestSupport.BOARD;
    private static final String ADMIN = ApiTestSupport.ADMIN;
    private static final Set<String> EVERYONE_SIGNED_IN = Set.of(LEAD, OFFICE, BOARD, ADMIN);
    private static final Set<String> REPORTERS = Set.of(LEAD, OFFICE, ADMIN);
    private static final Set<String> OFFICE_ONLY = Set.of(OFFICE, ADMIN);
    private static final Set<String> READERS = Set.of(BOARD, OFFICE, ADMIN);

    /** One call per route: the route's template, the request, and who may make it ("anyone" includes nobody). */
    record Row(String route, java.util.function.Supplier<MutableHttpRequest<?>> request, Set<String> allowed, boolean anyone) {
    }

    private static Row row(String route, java.util.function.Supplier<MutableHttpRequest<?>> request, Set<String> allowed) {
        return new Row(route, request, allowed, false);
    }

    private static List<Row> matrix() {
        Map<String, String> emptyForm = Map.of("projectId", "");
        return List.of(
                new Row("GET /sign-in{?next}", () -> HttpRequest.GET("/sign-in"), EVERYONE_SIGNED_IN, true),
                // without Cognito configured (as here) the callback is a 404; CognitoSignInTest tests it with
                new Row("GET /sign-in/callback{?code,state,error}", () -> HttpRequest.GET("/sign-in/callback"), EVERYONE_SIGNED_IN, true),
                new Row("POST /sign-in", () -> form("/sign-in", Map.of("username", "x", "password", "y")), Set.of(), true),
                new Row("POST /sign-out", () -> form("/sign-out", Map.of()), EVERYONE_SIGNED_IN, true),
                row("GET /", () -> HttpRequest.GET("/"), EVERYONE_SIGNED_IN),
                row("GET /my-projects", () -> HttpRequest.GET("/my-projects"), REPORTERS),
                row("GET /returns/new{?project,month,saved}", () -> HttpRequest.GET("/returns/new"), REPORTERS),
                row("POST /returns", () -> form("/returns", emptyForm), REPORTERS),
                row("POST /returns/drafts", () -> form("/returns/drafts", emptyForm), REPORTERS),
                row("GET /returns/received{?key,duplicate,emailed}", () -> HttpRequest.GET("/returns/received?key=x"), REPORTERS),
                row("GET /projects/{projectId}/returns", () -> HttpRequest.GET("/projects/P01/returns"), REPORTERS),
                row("GET /returns/versions{?key}", () -> HttpRequest.GET("/returns/versions?key=x"), REPORTERS),
                row("POST /api/returns", () -> HttpRequest.POST("/api/returns", Map.of()), REPORTERS),
                row("GET /api/projects/{projectId}/returns", () -> HttpRequest.GET("/api/projects/P01/returns"), REPORTERS),
                row("GET /templates/{file}", () -> HttpRequest.GET("/templates/returns.csv"), REPORTERS),
                row("GET /uploads/new{?kind}", () -> HttpRequest.GET("/uploads/new"), OFFICE_ONLY),
                row("POST /uploads", () -> HttpRequest.POST("/uploads", io.micronaut.http.client.multipart.MultipartBody.builder()
                        .addPart("kind", "none").build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), OFFICE_ONLY),
                row("GET /uploads", () -> HttpRequest.GET("/uploads"), OFFICE_ONLY),
                row("GET /uploads/{id}{?again}", () -> HttpRequest.GET("/uploads/none"), OFFICE_ONLY),
                row("GET /uploads/{id}/problems.csv", () -> HttpRequest.GET("/uploads/none/problems.csv"), OFFICE_ONLY),
                row("POST /api/uploads", () -> HttpRequest.POST("/api/uploads", Map.of("kind", "none")), OFFICE_ONLY),
                row("POST /api/uploads/{id}/sent", () -> HttpRequest.POST("/api/uploads/none/sent", ""), OFFICE_ONLY),
                row("GET /api/uploads/{id}", () -> HttpRequest.GET("/api/uploads/none"), OFFICE_ONLY),
                row("GET /office", () -> HttpRequest.GET("/office"), OFFICE_ONLY),
                row("GET /office/cycles/{cycleId}/assessments{?project,recorded}", () -> HttpRequest.GET("/office/cycles/none/assessments"), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}/assessments", () -> form("/office/cycles/none/assessments", Map.of()), OFFICE_ONLY),
                row("POST /api/cycles/{cycleId}/assessments", () -> HttpRequest.POST("/api/cycles/none/assessments", Map.of()), OFFICE_ONLY),
                row("GET /office/cycles/new", () -> HttpRequest.GET("/office/cycles/new"), OFFICE_ONLY),
                row("POST /office/cycles", () -> form("/office/cycles", Map.of()), OFFICE_ONLY),
                row("GET /office/cycles/{cycleId}", () -> HttpRequest.GET("/office/cycles/none"), OFFICE_ONLY),
                row("GET /office/cycles/{cycleId}/edit", () -> HttpRequest.GET("/office/cycles/none/edit"), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}", () -> form("/office/cycles/none", Map.of()), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}/builds/{buildId}/final", () -> form("/office/cycles/none/builds/b/final", Map.of()), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}/reopen", () -> form("/office/cycles/none/reopen", Map.of()), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}/board-pack", () -> form("/office/cycles/none/board-pack", Map.of()), OFFICE_ONLY),
                row("GET /office/cycles/{cycleId}/pack.zip", () -> HttpRequest.GET("/office/cycles/none/pack.zip"), OFFICE_ONLY),
                row("GET /api/cycles", () -> HttpRequest.GET("/api/cycles"), OFFICE_ONLY),
                row("POST /api/cycles", () -> HttpRequest.POST("/api/cycles", Map.of()), OFFICE_ONLY),
                row("GET /api/cycles/{cycleId}", () -> HttpRequest.GET("/api/cycles/none"), OFFICE_ONLY),
                row("PUT /api/cycles/{cycleId}", () -> HttpRequest.PUT("/api/cycles/none", Map.of()), OFFICE_ONLY),
                row("GET /api/cycles/{cycleId}/builds", () -> HttpRequest.GET("/api/cycles/none/builds"), OFFICE_ONLY),
                row("POST /api/cycles/{cycleId}/final", () -> HttpRequest.POST("/api/cycles/none/final", Map.of()), OFFICE_ONLY),
                row("POST /api/cycles/{cycleId}/reopen", () -> HttpRequest.POST("/api/cycles/none/reopen", Map.of()), OFFICE_ONLY),
                row("POST /api/cycles/{cycleId}/board-pack", () -> HttpRequest.POST("/api/cycles/none/board-pack", ""), OFFICE_ONLY),
                row("GET /office/cycles/{cycleId}/returns{?chased,to}", () -> HttpRequest.GET("/office/cycles/none/returns"), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}/chases", () -> form("/office/cycles/none/chases", Map.of()), OFFICE_ONLY),
                row("POST /api/cycles/{cycleId}/chases", () -> HttpRequest.POST("/api/cycles/none/chases", Map.of()), OFFICE_ONLY),
                row("GET /api/cycles/{cycleId}/chases", () -> HttpRequest.GET("/api/cycles/none/chases"), OFFICE_ONLY),
                row("GET /office/kpis", () -> HttpRequest.GET("/office/kpis"), OFFICE_ONLY),
                row("GET /office/kpis/new", () -> HttpRequest.GET("/office/kpis/new"), OFFICE_ONLY),
                row("POST /office/kpis", () -> form("/office/kpis", Map.of()), OFFICE_ONLY),
                row("GET /office/kpis/{kpiId}", () -> HttpRequest.GET("/office/kpis/none"), OFFICE_ONLY),
                row("POST /office/kpis/{kpiId}", () -> form("/office/kpis/none", Map.of()), OFFICE_ONLY),
                row("GET /api/kpis", () -> HttpRequest.GET("/api/kpis"), OFFICE_ONLY),
                row("POST /api/kpis", () -> HttpRequest.POST("/api/kpis", Map.of()), OFFICE_ONLY),
                row("PUT /api/kpis/{kpiId}", () -> HttpRequest.PUT("/api/kpis/none", Map.of()), OFFICE_ONLY),
                row("GET /office/projects", () -> HttpRequest.GET("/office/projects"), OFFICE_ONLY),
                row("GET /office/projects/new", () -> HttpRequest.GET("/office/projects/new"), OFFICE_ONLY),
                row("POST /office/projects", () -> form("/office/projects", Map.of()), OFFICE_ONLY),
                row("GET /office/projects/{projectId}", () -> HttpRequest.GET("/office/projects/none"), OFFICE_ONLY),
                row("POST /office/projects/{projectId}", () -> form("/office/projects/none", Map.of()), OFFICE_ONLY),
                row("POST /office/projects/{projectId}/close", () -> form("/office/projects/none/close", Map.of()), OFFICE_ONLY),
                row("GET /office/projects/export/{file}", () -> HttpRequest.GET("/office/projects/export/project-registry.csv"), OFFICE_ONLY),
                row("GET /office/reference/{list}{?saved}", () -> HttpRequest.GET("/office/reference/risk-appetite"), OFFICE_ONLY),
                row("POST /office/reference/{list}", () -> form("/office/reference/risk-appetite", Map.of()), OFFICE_ONLY),
                row("GET /office/reference/{list}{?saved}", () -> HttpRequest.GET("/office/reference/boards"), OFFICE_ONLY),
                row("POST /office/reference/{list}", () -> form("/office/reference/boards", Map.of()), OFFICE_ONLY),
                row("GET /api/projects", () -> HttpRequest.GET("/api/projects"), OFFICE_ONLY),
                row("POST /api/projects", () -> HttpRequest.POST("/api/projects", Map.of()), OFFICE_ONLY),
                row("GET /api/projects/{projectId}", () -> HttpRequest.GET("/api/projects/none"), OFFICE_ONLY),
                row("PUT /api/projects/{projectId}", () -> HttpRequest.PUT("/api/projects/none", Map.of()), OFFICE_ONLY),
                row("GET /office/audit{?from,to}", () -> HttpRequest.GET("/office/audit"), OFFICE_ONLY),
                row("GET /office/audit.csv{?from,to}", () -> HttpRequest.GET("/office/audit.csv"), OFFICE_ONLY),
                row("POST /office/cycles/{cycleId}/builds", () -> form("/office/cycles/none/builds", Map.of()), OFFICE_ONLY),
                row("POST /api/cycles/{cycleId}/builds", () -> HttpRequest.POST("/api/cycles/none/builds", ""), OFFICE_ONLY),
                row("GET /api/builds/{buildId}", () -> HttpRequest.GET("/api/builds/none"), OFFICE_ONLY),
                row("GET /pack", () -> HttpRequest.GET("/pack"), READERS),
                row("GET /pack/{+path}", () -> HttpRequest.GET("/pack/index.html"), READERS));
    }

    private static MutableHttpRequest<?> form(String path, Map<String, String> fields) {
        return HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void everyEndpointAllowsExactlyItsRolesAndRefusesEveryoneElse() {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            for (String user : List.of(LEAD, OFFICE, BOARD, ADMIN)) {
                identity.as(user);
                HttpResponse<String> response = ApiTestSupport.exchange(client, row.request().get());
                if (response.code() >= 500) {
                    wrong.add(row.route() + " as " + user + ": server error " + response.code());
                }
                if (response.header("Content-Security-Policy") == null || !"nosniff".equals(response.header("X-Content-Type-Options"))) {
                    wrong.add(row.route() + " as " + user + ": no security headers");
                }
                boolean refused = response.code() == 403;
                boolean shouldBeAllowed = row.allowed().contains(user) || (row.anyone() && !row.route().equals("POST /sign-in"));
                if (row.route().equals("POST /sign-in")) {
                    shouldBeAllowed = true; // anyone may try to sign in; a wrong password is a 401 on the page
                    refused = response.code() == 403;
                }
                if (refused == shouldBeAllowed) {
                    wrong.add(row.route() + " as " + user + ": " + response.code());
                }
            }
            identity.nobody();
            HttpResponse<String> response = ApiTestSupport.exchange(client, row.request().get());
            if (response.header("Content-Security-Policy") == null) {
                wrong.add(row.route() + " as nobody: no security headers");
            }
            // sign-in answers 401 to a wrong password and sign-out sends to /sign-in: for them only a 403 refuses
            boolean refused = row.anyone() ? response.code() == 403 : response.code() == 401 || response.code() == 403
                    || (response.code() == 303 && String.valueOf(response.header("Location")).startsWith("/sign-in"));
            if (refused == row.anyone()) {
                wrong.add(row.route() + " as nobody: " + response.code());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every state-changing route, called by the programme office (allowed everywhere but sign-in's
     * own rows) with the session cookie but no CSRF token, as a forged cross-site form would: refused.
     */
    @Test
    void everyStateChangingRouteRefusesARequestWithoutItsCsrfToken() {
        List<String> accepted = new ArrayList<>();
        for (Row row : matrix()) {
            MutableHttpRequest<?> request = row.request().get();
            if (request.getMethod() == io.micronaut.http.HttpMethod.GET) {
                continue;
            }
            identity.as(OFFICE);
            identity.withoutCsrfToken();
            HttpResponse<String> response = ApiTestSupport.exchange(client, request);
            if (response.code() != 403) {
                accepted.add(row.route() + ": " + response.code());
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> routes = context.getBean(Router.class).uriRoutes()
                .filter(r -> r.getHttpMethod() != io.micronaut.http.HttpMethod.HEAD) // each HEAD mirrors its GET
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = matrix().stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
        routes.removeAll(covered);
        assertEquals(Set.of(), routes, "routes with no row in the access matrix: add one saying who may call it");
    }

    @Test
    void aNobodyAskingForAPageIsSentToSignInAndBackAScriptGets401() {
        identity.nobody();
        HttpResponse<String> page = ApiTestSupport.exchange(client, HttpRequest.GET("/office").accept(MediaType.TEXT_HTML));
        assertEquals(303, page.code());
        assertEquals("/sign-in?next=%2Foffice", page.header("Location"));
        HttpResponse<String> api = ApiTestSupport.exchange(client, HttpRequest.GET("/api/builds/x"));
        assertEquals(401, api.code());
        assertTrue(ApiTestSupport.body(api).contains("Sign in first"), ApiTestSupport.body(api));
    }

    @Test
    void theNavigationOffersOnlyWhatTheRoleMayUse() {
        identity.as(LEAD);
        HttpResponse<String> start = ApiTestSupport.exchange(client, HttpRequest.GET("/"));
        assertEquals(303, start.code(), "a lead lands on their projects");
        assertEquals("/my-projects", start.header("Location"));
        String lead = ApiTestSupport.body(ApiTestSupport.exchange(client, HttpRequest.GET("/my-projects")));
        assertTrue(lead.contains("href=\"/returns/new\"") && !lead.contains("href=\"/office\"") && !lead.contains("Upload a spreadsheet"), lead);
        identity.as(BOARD);
        String board = ApiTestSupport.body(ApiTestSupport.exchange(client, HttpRequest.GET("/")));
        assertTrue(board.contains("/pack/index.html") && !board.contains("Submit a return"), board);
    }
}
