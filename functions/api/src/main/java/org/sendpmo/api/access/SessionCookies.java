package org.sendpmo.api.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The signed-in session: a signed JWT in an HttpOnly, SameSite=Lax cookie, which Micronaut Security
 * reads on every request. Stateless, so it works the same on Lambda and in the local run; it expires
 * {@code micronaut.security.token.generator.access-token.expiration} seconds after sign-in.
 */
@Singleton
public class SessionCookies {

    /** Token claim holding a project lead's projects. */
    public static final String PROJECTS = "projects";
    /** Token claim holding the display name. */
    public static final String NAME = "name";

    private final TokenGenerator tokens;
    private final AccessTokenCookieConfiguration cookie;
    private final int lifetimeSeconds;

    public SessionCookies(TokenGenerator tokens, AccessTokenCookieConfiguration cookie, AccessTokenConfiguration access) {
        this.tokens = tokens;
        this.cookie = cookie;
        this.lifetimeSeconds = access.getExpiration();
    }

    public Cookie signIn(LocalUser user, HttpRequest<?> request) {
        Authentication authentication = Authentication.build(user.getUsername(), user.getRoles(),
                Map.of(NAME, user.getName(), PROJECTS, List.copyOf(user.getProjects())));
        String token = tokens.generateToken(authentication, lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("no session token signer is configured"));
        return base(token, request).maxAge(Duration.ofSeconds(lifetimeSeconds));
    }

    /**
     * A session that is Cognito's own ID token, already verified by {@link CognitoSignIn}: it ends when
     * the token does, and every request checks it as it checks a script's bearer token.
     */
    public Cookie signIn(String cognitoIdToken, java.time.Instant expires, java.time.Instant now, HttpRequest<?> request) {
        return base(cognitoIdToken, request).maxAge(Duration.between(now, expires).toSeconds());
    }

    public Cookie signOut(HttpRequest<?> request) {
        return base("", request).maxAge(0);
    }

    private Cookie base(String value, HttpRequest<?> request) {
        return Cookie.of(cookie.getCookieName(), value).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(Transport.overTls(request));
    }
}
