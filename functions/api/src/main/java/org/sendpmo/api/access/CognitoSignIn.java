package org.sendpmo.api.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Sign-in through the user pool's managed login pages: OAuth 2.0's authorization-code flow with PKCE
 * (S256), a state and an OpenID nonce. {@link #start} sends the browser to Cognito and remembers the
 * flow in a short-lived cookie; {@link #complete} checks the state, exchanges the code (with the PKCE
 * verifier) at the token endpoint, and verifies the ID token: signed by a key in the pool's JWKS
 * (RS256 only), the pool's issuer, this client as audience, not expired, an ID token, and the nonce of
 * this flow. Nimbus JOSE+JWT does the cryptography and fetches and caches the key set.
 *
 * <p>Written by hand rather than with micronaut-security-oauth2 (README "Users, roles and sign-in", In
 * AWS, says why): that module does the protocol, but its routes, its redirect after sign-in and its
 * session issuance would each need replacing to keep the product's checked {@code next} page, its audit
 * entries and its rule that in AWS every session is Cognito's.
 */
@Singleton
public class CognitoSignIn {

    /** Holds the flow's state, nonce, PKCE verifier and next page between the redirect and the callback. */
    static final String FLOW_COOKIE = "SIGN_IN_FLOW";
    /** Long enough to type a password and an authenticator code; a flow older than this starts again. */
    private static final Duration FLOW_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CognitoSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // made at first sign-in, not at start: with SnapStart the start is at publish time, and a key set
    // fetched then would be frozen into the snapshot (Nimbus refreshes it on an unknown key id anyway)
    private volatile JWKSource<SecurityContext> keys;

    public CognitoSignIn(CognitoSettings settings) {
        this.settings = settings;
    }

    /** Where to send the browser, and the cookie that remembers this flow until Cognito sends it back. */
    public record Start(URI authorizeUrl, Cookie flowCookie) {
    }

    /** A verified sign-in: Cognito's ID token (which becomes the session), its claims, and where to go next. */
    public record SignedIn(String idToken, JWTClaimsSet claims, String next) {
    }

    /** A sign-in that did not complete; the message says why, for the audit log (not shown to the person). */
    public static final class Refused extends Exception {
        private final String username;

        Refused(String message, String username) {
            super(message);
            this.username = username;
        }

        /** Who the refused token named, if it got that far; otherwise blank. */
        public String username() {
            return username;
        }
    }

    public Start start(String next, HttpRequest<?> request) {
        Flow flow = new Flow(random(), random(), random(), SignInController.safeNext(next));
        URI url = URI.create(settings.authorizeEndpoint() + "?response_type=code"
                + "&client_id=" + CognitoSettings.encode(settings.clientId())
                + "&redirect_uri=" + CognitoSettings.encode(settings.callbackUrl())
                + "&scope=" + CognitoSettings.encode("openid email profile")
                + "&state=" + flow.state() + "&nonce=" + flow.nonce()
                + "&code_challenge=" + challenge(flow.verifier()) + "&code_challenge_method=S256");
        return new Start(url, flowCookie(flow.encode(), request).maxAge(FLOW_LIFETIME));
    }

    /** The cookie that removes the flow's cookie once the callback has used it (or refused it). */
    public Cookie endFlow(HttpRequest<?> request) {
        return flowCookie("", request).maxAge(0);
    }

    public SignedIn complete(String code, String state, String flowCookie) throws Refused {
        Flow flow = Flow.decode(flowCookie);
        if (flow == null) {
            throw new Refused("no sign-in was started in this browser, or it took longer than "
                    + FLOW_LIFETIME.toMinutes() + " minutes", "");
        }
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII), flow.state().getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused("the state Cognito sent back is not this browser's", "");
        }
        if (code == null || code.isBlank()) {
            throw new Refused("Cognito sent no authorization code", "");
        }
        String idToken = exchange(code, flow.verifier());
        return new SignedIn(idToken, verify(idToken, flow.nonce()), SignInController.safeNext(flow.next()));
    }

    private String exchange(String code, String verifier) throws Refused {
        String form = "grant_type=authorization_code&client_id=" + CognitoSettings.encode(settings.clientId())
                + "&code=" + CognitoSettings.encode(code) + "&redirect_uri=" + CognitoSettings.encode(settings.callbackUrl())
                + "&code_verifier=" + CognitoSettings.encode(verifier);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(settings.tokenEndpoint())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = JSONObjectUtils.parse(response.body());
            if (response.statusCode() != 200 || !(body.get("id_token") instanceof String idToken)) {
                throw new Refused("the token endpoint answered " + response.statusCode() + " " + body.getOrDefault("error", ""), "");
            }
            return idToken;
        } catch (IOException | ParseException e) {
            throw new Refused("the token endpoint could not be read: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted while asking the token endpoint", "");
        }
    }

    private JWTClaimsSet verify(String idToken, String nonce) throws Refused {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).claim("token_use", "id").claim("nonce", nonce).build(),
                Set.of("sub", "exp", "iat", "cognito:username")));
        try {
            return processor.process(idToken, null);
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new Refused("the ID token was refused: " + e.getMessage(), usernameIn(idToken));
        }
    }

    private JWKSource<SecurityContext> keys() {
        if (keys == null) {
            try {
                keys = JWKSourceBuilder.create(URI.create(settings.jwksUrl()).toURL()).build();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("the pool's JWKS URL is not a URL: " + settings.jwksUrl(), e);
            }
        }
        return keys;
    }

    /** The username an unverified token claims, for the audit entry of its refusal only. */
    private static String usernameIn(String idToken) {
        try {
            Object name = com.nimbusds.jwt.JWTParser.parse(idToken).getJWTClaimsSet().getClaim("cognito:username");
            return name == null ? "" : name + " (unverified)";
        } catch (ParseException e) {
            return "";
        }
    }

    private static Cookie flowCookie(String value, HttpRequest<?> request) {
        // Lax, not Strict: the browser must send it on the top-level redirect back from Cognito's domain
        return Cookie.of(FLOW_COOKIE, value).path("/sign-in").httpOnly(true).sameSite(SameSite.Lax)
                .secure(Transport.overTls(request));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One sign-in in progress. The cookie is not signed: whoever could plant it could as well have
     * started a flow of their own here and kept its cookie, so a signature would add nothing; the state,
     * compared with what Cognito sends back, is what ties the callback to this browser.
     */
    record Flow(String state, String nonce, String verifier, String next) {
        String encode() {
            return state + "." + nonce + "." + verifier + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(next.getBytes(StandardCharsets.UTF_8));
        }

        static Flow decode(String cookie) {
            String[] parts = cookie == null ? new String[0] : cookie.split("\\.", -1);
            if (parts.length != 4 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
                return null;
            }
            try {
                return new Flow(parts[0], parts[1], parts[2], new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
