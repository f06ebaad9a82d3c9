package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.api.access.Csrf;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;

/**
 * Browser sign-in in AWS, end to end: the api's sign-in page sends the browser to the user pool's
 * managed login pages, and the callback completes the authorization-code flow (PKCE, state, nonce) and
 * makes Cognito's verified ID token the session. There is no local Cognito, so {@link CognitoStandIn}
 * answers the pool's authorize, token and JWKS endpoints on loopback; the browser's part (following
 * the redirects and carrying the cookies) is played by this test, one request at a time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CognitoSignInTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final CognitoStandIn POOL = new CognitoStandIn();
    private static final String SITE = "https://assurance.example.gov.uk";
    private static final CognitoStandIn.Person LEAD = new CognitoStandIn.Person("sam.lead", List.of("project-lead"), "P01");
    private static final CognitoStandIn.Person OFFICE = new CognitoStandIn.Person("pat.office", List.of("programme-office"), null);

    private final HttpClient browserToPool = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    AuditLog audit;

    @Inject
    Csrf csrf;

    @Inject
    org.sendpmo.chase.ProjectLeads leads;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.putAll(POOL.properties(SITE));
        return p;
    }

    @BeforeEach
    void honestPool() {
        POOL.reset();
        identity.nobody();
    }

    @AfterAll
    void stopPool() {
        POOL.close();
    }

    @Test
    void signingInGoesThroughTheManagedLoginPagesAndBackToTheAskedPage() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        POOL.signsIn(OFFICE);
        HttpResponse<String> signIn = get("/sign-in?next=%2Foffice%2Faudit", "none=none");
        assertEquals(303, signIn.code());
        String authorize = signIn.header("Location");
        assertTrue(authorize.startsWith(POOL.baseUrl() + "/oauth2/authorize?"), authorize);
        Map<String, String> q = CognitoStandIn.query(authorize);
        assertEquals(CognitoStandIn.CLIENT_ID, q.get("client_id"));
        assertEquals(SITE + "/sign-in/callback", q.get("redirect_uri"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertNotNull(q.get("state"));
        assertNotNull(q.get("nonce"));

        HttpResponse<String> back = callback(signIn, q.get("state"));
        assertEquals(303, back.code(), ApiTestSupport.body(back));
        assertEquals("/office/audit", back.header("Location"));
        String session = cookie(back, "SESSION");
        assertEquals(3, session.split("\\.").length, "the session is Cognito's ID token, a JWT");
        assertEquals(200, get("/office", "SESSION=" + session).code());
        String setCookie = String.join("|", back.getHeaders().getAll("Set-Cookie")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(setCookie.startsWith("session=") && setCookie.contains("httponly") && setCookie.contains("samesite=lax"),
                "the session cookie is HttpOnly and SameSite=Lax: " + setCookie);
        assertTrue(audited(before, AuditAction.SIGNED_IN, "pat.office"));
    }

    @Test
    void aLeadSignedInThroughCognitoIsHeldToTheirProjects() throws Exception {
        POOL.signsIn(LEAD);
        HttpResponse<String> signIn = get("/sign-in", "none=none");
        String session = cookie(callback(signIn, CognitoStandIn.query(signIn.header("Location")).get("state")), "SESSION");
        assertEquals(200, json("/api/projects/P01/returns", session).code());
        assertEquals(403, json("/api/projects/P02/returns", session).code());
        assertEquals(403, get("/office", "SESSION=" + session).code());
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedAndNoSessionIsMade() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> signIn = get("/sign-in", "none=none");
        HttpResponse<String> back = callback(signIn, "an-attackers-state");
        assertRefused(back);
        assertTrue(audited(before, AuditAction.SIGN_IN_REFUSED, "(unknown)"));
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() throws Exception {
        POOL.putsNonce("a-nonce-from-another-flow");
        HttpResponse<String> signIn = get("/sign-in", "none=none");
        assertRefused(callback(signIn, CognitoStandIn.query(signIn.header("Location")).get("state")));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedAndTheRefusalIsAudited() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        POOL.signsIn(OFFICE);
        POOL.signsWith(POOL.otherKey);
        HttpResponse<String> signIn = get("/sign-in", "none=none");
        assertRefused(callback(signIn, CognitoStandIn.query(signIn.header("Location")).get("state")));
        assertTrue(audited(before, AuditAction.SIGN_IN_REFUSED, "pat.office (unverified)"));
    }

    @Test
    void aCallbackWithoutTheFlowCookieIsRefused() throws Exception {
        HttpResponse<String> signIn = get("/sign-in", "none=none");
        String state = CognitoStandIn.query(signIn.header("Location")).get("state");
        assertRefused(get("/sign-in/callback?code=x&state=" + state, "none=none"));
    }

    @Test
    void aNextPageOnAnotherSiteIsReplacedByTheStartPage() throws Exception {
        for (String next : List.of("%2F%2Fevil.example%2F", "https%3A%2F%2Fevil.example%2F", "%2F%5Cevil.example")) {
            HttpResponse<String> signIn = get("/sign-in?next=" + next, "none=none");
            HttpResponse<String> back = callback(signIn, CognitoStandIn.query(signIn.header("Location")).get("state"));
            assertEquals("/", back.header("Location"), next);
        }
    }

    @Test
    void signingOutEndsCognitosSessionToo() throws Exception {
        POOL.signsIn(OFFICE);
        HttpResponse<String> signIn = get("/sign-in", "none=none");
        String session = cookie(callback(signIn, CognitoStandIn.query(signIn.header("Location")).get("state")), "SESSION");
        String subject = com.nimbusds.jwt.JWTParser.parse(session).getJWTClaimsSet().getSubject();
        HttpResponse<String> out = ApiTestSupport.exchange(client, HttpRequest.POST("/sign-out", "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", "SESSION=" + session + "; " + Csrf.COOKIE + "=" + SignedInClient.NONCE)
                .header(Csrf.HEADER, csrf.tokenFor(SignedInClient.NONCE, subject)));
        assertEquals(303, out.code());
        assertEquals(POOL.baseUrl() + "/logout?client_id=" + CognitoStandIn.CLIENT_ID + "&logout_uri="
                + java.net.URLEncoder.encode(SITE + "/sign-in", java.nio.charset.StandardCharsets.UTF_8), out.header("Location"));
        assertEquals("", cookie(out, "SESSION"));
        // browsers hold a form's redirects to form-action: the pool's origin must be in it
        assertTrue(out.header("Content-Security-Policy").contains("form-action 'self' " + POOL.baseUrl() + ";"),
                out.header("Content-Security-Policy"));
    }

    @Test
    void withAUserPoolTheLeadsForChasingComeFromCognitoNotTheConfiguredUsers() {
        assertEquals(org.sendpmo.adapters.cognito.CognitoProjectLeads.class, leads.getClass());
    }

    @Test
    void withCognitoTheLocalSessionsAreStillRefused() {
        identity.as(ApiTestSupport.OFFICE);
        HttpResponse<String> page = ApiTestSupport.exchange(client, HttpRequest.GET("/office").accept(MediaType.TEXT_HTML));
        assertEquals(303, page.code(), "a session the api signed itself is not a Cognito session");
    }

    /** The browser's part: follow the api's redirect to the pool, then the pool's back to the callback, with the flow cookie. */
    private HttpResponse<String> callback(HttpResponse<String> signIn, String state) throws IOException, InterruptedException {
        java.net.http.HttpResponse<Void> pool = browserToPool.send(java.net.http.HttpRequest.newBuilder(URI.create(signIn.header("Location")))
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(302, pool.statusCode(), "the stand-in's managed login page signs in at once");
        String back = pool.headers().firstValue("Location").orElseThrow();
        assertTrue(back.startsWith(SITE + "/sign-in/callback?"), back);
        Map<String, String> q = CognitoStandIn.query(back);
        q.put("state", state);
        return get("/sign-in/callback?" + CognitoStandIn.queryString(q), "SIGN_IN_FLOW=" + cookie(signIn, "SIGN_IN_FLOW"));
    }

    private void assertRefused(HttpResponse<String> back) {
        assertEquals(400, back.code(), ApiTestSupport.body(back));
        assertTrue(ApiTestSupport.body(back).contains("Sign-in did not complete"), ApiTestSupport.body(back));
        assertNull(cookieOrNull(back, "SESSION"), "no session cookie");
    }

    private HttpResponse<String> get(String path, String cookies) {
        return ApiTestSupport.exchange(client, HttpRequest.GET(path).accept(MediaType.TEXT_HTML).header("Cookie", cookies));
    }

    private HttpResponse<String> json(String path, String session) {
        return ApiTestSupport.exchange(client, HttpRequest.GET(path).header("Cookie", "SESSION=" + session));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        String value = cookieOrNull(response, name);
        assertNotNull(value, "no " + name + " cookie in " + response.getHeaders().getAll("Set-Cookie"));
        return value;
    }

    private static String cookieOrNull(HttpResponse<?> response, String name) {
        for (String header : response.getHeaders().getAll("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
        return null;
    }

    private boolean audited(Instant since, AuditAction action, String actor) {
        List<AuditEntry> entries = audit.between(since, Instant.now().plusSeconds(1), 50);
        return entries.stream().anyMatch(e -> e.action() == action && e.actor().equals(actor));
    }
}
