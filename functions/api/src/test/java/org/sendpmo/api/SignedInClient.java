package org.sendpmo.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import org.sendpmo.api.access.Csrf;
import org.sendpmo.api.access.LocalUserDirectory;
import org.sendpmo.api.access.SessionCookies;

/**
 * Signs the api tests' HTTP client in as {@link TestIdentity}'s user: each request carries a session
 * cookie made by the product's own {@link SessionCookies} and a CSRF nonce cookie with the matching
 * header token from {@link Csrf}, as a signed-in browser's script would send. The sign-in page itself,
 * with real passwords, is tested by {@code SignInTest}; forms' hidden tokens by the browser tests.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
@Requires(env = Environment.TEST)
public class SignedInClient {

    static final String NONCE = "test-nonce-0123456789abcdefghijklmnopqrstuv";

    private final TestIdentity identity;
    private final LocalUserDirectory users;
    private final SessionCookies sessions;
    private final Csrf csrf;
    private final String sessionCookie;

    public SignedInClient(TestIdentity identity, LocalUserDirectory users, SessionCookies sessions, Csrf csrf,
                          AccessTokenCookieConfiguration cookie) {
        this.identity = identity;
        this.users = users;
        this.sessions = sessions;
        this.csrf = csrf;
        this.sessionCookie = cookie.getCookieName();
    }

    @RequestFilter
    public void signIn(MutableHttpRequest<?> request) {
        String username = identity.username();
        if (request.getHeaders().contains("Cookie")) {
            return; // the test sends its own cookies
        }
        if (username != null) {
            var user = users.find(username).orElseThrow(() -> new IllegalStateException("no test user " + username));
            request.cookie(Cookie.of(sessionCookie, sessions.signIn(user, request).getValue()));
        }
        // nobody signed in still has the nonce and token a browser gets from any page (the sign-in form's)
        request.cookie(Cookie.of(Csrf.COOKIE, NONCE));
        if (identity.sendsCsrfToken()) {
            request.header(Csrf.HEADER, csrf.tokenFor(NONCE, username == null ? "" : username));
        }
    }
}
