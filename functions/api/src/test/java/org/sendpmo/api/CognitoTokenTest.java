package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;

/**
 * The api as deployed in AWS, where people sign in with Amazon Cognito: it accepts a Cognito token as
 * a bearer token, checked against the user pool's JSON Web Key Set, fetched over HTTP (here from a JDK
 * {@link CognitoStandIn} on loopback standing in for the pool: no Cognito runs locally), with its
 * issuer checked; the {@code cognito:groups} claim gives the roles and {@code custom:projects} a lead's
 * projects; the audit log names the Cognito username, not the opaque subject.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CognitoTokenTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String ISSUER = CognitoStandIn.ISSUER;
    private static final CognitoStandIn POOL = new CognitoStandIn();
    private static final RSAKey POOL_KEY = POOL.poolKey;
    private static final RSAKey OTHER_KEY = POOL.otherKey;

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("micronaut.security.token.jwt.signatures.jwks.cognito.url", POOL.jwksUrl());
        p.put("micronaut.security.token.jwt.claims-validators.issuer", ISSUER);
        return p;
    }

    @AfterAll
    void stopJwks() {
        POOL.close();
    }

    @Test
    void aBoardMembersCognitoTokenReadsPacksButNotTheOffice() {
        identity.nobody();
        String token = token(POOL_KEY, ISSUER, "alex", List.of("board-member"), null);
        assertEquals(404, bearer(HttpRequest.GET("/pack/cycles/none/index.html"), token).code(), "allowed in, no such page");
        assertEquals(403, bearer(HttpRequest.GET("/api/builds/x"), token).code());
    }

    @Test
    void aTokenSignedByAnotherKeyOrFromAnotherIssuerIsRefused() {
        identity.nobody();
        assertEquals(401, bearer(HttpRequest.GET("/api/builds/x"), token(OTHER_KEY, ISSUER, "eve", List.of("programme-office"), null)).code());
        assertEquals(401, bearer(HttpRequest.GET("/api/builds/x"),
                token(POOL_KEY, "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Other", "eve", List.of("programme-office"), null)).code());
    }

    @Test
    void aLeadsProjectsComeFromTheCustomAttributeAndTheAuditNamesTheCognitoUsername() {
        identity.nobody();
        String token = token(POOL_KEY, ISSUER, "sam.lead", List.of("project-lead"), "P01");
        assertEquals(403, bearer(HttpRequest.GET("/api/projects/P02/returns"), token).code());
        assertEquals(200, bearer(HttpRequest.GET("/api/projects/P01/returns"), token).code());

        Instant before = Instant.now().minusSeconds(1);
        Map<String, String> form = ApiTestSupport.validForm("P01", java.time.YearMonth.now().minusMonths(1).toString(), "From Cognito");
        HttpResponse<String> posted = bearer(HttpRequest.POST("/api/returns", ApiTestSupport.returnJson(form)), token);
        assertEquals(201, posted.code(), ApiTestSupport.body(posted));
        assertTrue(audit.between(before, Instant.now().plusSeconds(1), 10).stream()
                .anyMatch(e -> e.action() == AuditAction.RETURN_SUBMITTED && e.actor().equals("sam.lead")));
    }

    private HttpResponse<String> bearer(io.micronaut.http.MutableHttpRequest<?> request, String token) {
        return ApiTestSupport.exchange(client, request.bearerAuth(token).header("Cookie", "none=none"));
    }

    /** An ID token as Cognito issues it (audience: the scripts' app client). */
    private static String token(RSAKey key, String issuer, String username, List<String> groups, String projects) {
        return CognitoStandIn.idToken(key, issuer, "app-client-id", new CognitoStandIn.Person(username, groups, projects), null);
    }
}
