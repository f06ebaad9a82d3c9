package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;

/**
 * Signing in through the real page with real (BCrypt) passwords: the session cookie it sets opens the
 * pages the role allows; a wrong password says so without telling which part was wrong; repeated
 * failures are throttled; each attempt is audited; sign-in never redirects to another site.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("assurance.sign-in.max-failures", "3");
        return p;
    }

    private HttpResponse<String> signIn(String username, String password, String next) {
        identity.nobody();
        return ApiTestSupport.exchange(client, HttpRequest.POST("/sign-in", Map.of("username", username, "password", password,
                "next", next)).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    @Test
    void theRightPasswordSetsASessionCookieThatOpensThePagesOfTheRole() {
        HttpResponse<String> response = signIn(ApiTestSupport.BOARD, ApiTestSupport.PASSWORD_PREFIX + "board", "/pack/index.html");
        assertEquals(303, response.code());
        assertEquals("/pack/index.html", response.header("Location"));
        // the client splits a Set-Cookie header at the comma in its Expires date: rejoin them
        String cookie = String.join(",", response.getHeaders().getAll("Set-Cookie"));
        assertTrue(cookie.startsWith("SESSION=") && cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly") && cookie.contains("SameSite=Lax")
                && cookie.contains("Max-Age=28800"), cookie);

        String session = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> office = ApiTestSupport.exchange(client, HttpRequest.GET("/office").header("Cookie", session));
        assertEquals(403, office.code(), "a board member may not use the programme office page");
        HttpResponse<String> start = ApiTestSupport.exchange(client, HttpRequest.GET("/").header("Cookie", session));
        assertEquals(200, start.code());
        assertTrue(ApiTestSupport.body(start).contains("Signed in as <strong>Test board-member</strong>"), ApiTestSupport.body(start));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswerAndTheUsernameIsKept() {
        HttpResponse<String> wrong = signIn(ApiTestSupport.LEAD, "not it", "/");
        HttpResponse<String> unknown = signIn("somebody", "not it", "/");
        assertEquals(401, wrong.code());
        assertEquals(401, unknown.code());
        String message = "Enter a username and password that match a user of this service";
        assertTrue(ApiTestSupport.body(wrong).contains(message) && ApiTestSupport.body(unknown).contains(message));
        assertTrue(ApiTestSupport.body(unknown).contains("value=\"somebody\""), "the username is kept");
        assertFalse(wrong.getHeaders().getAll("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION=")));
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPasswordAndEachAttemptIsAudited() {
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, signIn(ApiTestSupport.ADMIN, "guess " + i, "/").code());
        }
        HttpResponse<String> throttled = signIn(ApiTestSupport.ADMIN, ApiTestSupport.PASSWORD_PREFIX + "admin", "/");
        assertEquals(429, throttled.code());
        assertTrue(ApiTestSupport.body(throttled).contains("Too many failed attempts. Try again in 15 minutes"), ApiTestSupport.body(throttled));
        assertTrue(Long.parseLong(throttled.header("Retry-After")) > 800);

        List<AuditEntry> entries = audit.between(before, Instant.now().plusSeconds(1), 50).stream()
                .filter(e -> e.actor().equals(ApiTestSupport.ADMIN)).toList();
        assertEquals(4, entries.stream().filter(e -> e.action() == AuditAction.SIGN_IN_REFUSED).count(), entries.toString());
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        for (String next : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> response = signIn(ApiTestSupport.OFFICE, ApiTestSupport.PASSWORD_PREFIX + "office", next);
            assertEquals("/", response.header("Location"), next);
        }
    }

    @Test
    void signingOutClearsTheCookie() {
        HttpResponse<String> out = ApiTestSupport.exchange(client, HttpRequest.POST("/sign-out", Map.of()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(303, out.code());
        assertTrue(out.getHeaders().getAll("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION=;") && c.contains("Max-Age=0")),
                out.getHeaders().getAll("Set-Cookie").toString());
    }
}
