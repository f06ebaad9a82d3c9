package org.sendpmo.api.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens, as OWASP's signed double-submit cookie: the browser holds a random nonce in an
 * HttpOnly, SameSite=Strict cookie; each form carries HMAC(nonce, who is signed in), which a page on
 * another site can neither read nor compute. Tokens are bound to the person, so one taken before
 * sign-in is no use after it. Written here rather than taken from micronaut-security-csrf because that
 * filter cannot read a token from a multipart form, and the upload form is one.
 */
@Singleton
public class Csrf {

    public static final String FIELD = "csrfToken";
    public static final String HEADER = "X-CSRF-Token";
    public static final String COOKIE = "csrf";
    /** What a refused request is told, wherever the token is checked. */
    public static final String REFUSED_TITLE = "This form has expired or did not come from this site";
    public static final String REFUSED_MESSAGE = "Nothing was saved. Go back, reload the page and send the form again.";
    /** Request attribute: the nonce issued on this request, before the response sets its cookie. */
    static final String ISSUED_NONCE = "csrf.nonce";
    /** Request attribute: {@link CsrfFilter} found a valid token in the header. */
    public static final String CHECKED = "csrf.checked";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** HS256 needs a key of 256 bits. */
    static final int MIN_SECRET = 32;

    private final SecretKeySpec key;

    public Csrf(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String sessionSecret) {
        if (sessionSecret.length() < MIN_SECRET) {
            throw new io.micronaut.context.exceptions.ConfigurationException("Set ASSURANCE_SESSION_SECRET to at least "
                    + MIN_SECRET + " random characters: it signs the session cookies and CSRF tokens");
        }
        // A key of its own, derived from the session secret, so a CSRF token is never a valid JWT signature.
        this.key = new SecretKeySpec(sha256("csrf-key|" + sessionSecret), "HmacSHA256");
    }

    /** The nonce this request carries, or one issued for it (set as a cookie by {@link CsrfFilter}). */
    public String nonce(HttpRequest<?> request) {
        return request.getAttribute(ISSUED_NONCE, String.class)
                .or(() -> cookieNonce(request))
                .orElseGet(() -> {
                    String fresh = randomNonce();
                    request.setAttribute(ISSUED_NONCE, fresh);
                    return fresh;
                });
    }

    /** The token a form on this request's page must send back. */
    public String token(HttpRequest<?> request, String principal) {
        return sign(nonce(request), principal);
    }

    /** The token for a given cookie nonce and person (a script holding both, and the tests). */
    public String tokenFor(String nonce, String principal) {
        return sign(nonce, principal);
    }

    /** Does the sent token match this request's cookie and the person signed in? */
    public boolean valid(HttpRequest<?> request, String principal, String sent) {
        Optional<String> nonce = cookieNonce(request);
        if (nonce.isEmpty() || sent == null || sent.isEmpty()) {
            return false;
        }
        byte[] expected = sign(nonce.get(), principal).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.US_ASCII));
    }

    Cookie cookie(String nonce, HttpRequest<?> request) {
        return Cookie.of(COOKIE, nonce).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(Transport.overTls(request));
    }

    private static Optional<String> cookieNonce(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> v.matches("[A-Za-z0-9_-]{43}"));
    }

    private String sign(String nonce, String principal) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal((nonce + "|" + (principal == null ? "" : principal)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String randomNonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
