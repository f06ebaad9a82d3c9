package org.sendpmo.api.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where people sign in in AWS: the user pool's managed login pages (its domain), the web app client,
 * the URLs Cognito sends the browser back to, and the pool's issuer and key set (the same settings the
 * api checks bearer tokens with). Sign-in goes through Cognito only when the domain and client are set;
 * otherwise the local run's own sign-in page is used.
 */
@Singleton
public class CognitoSettings {

    private final String domain;
    private final String clientId;
    private final String callbackUrl;
    private final String signOutUrl;
    private final String issuer;
    private final String jwksUrl;

    public CognitoSettings(@Value("${assurance.cognito.domain:}") String domain,
                           @Value("${assurance.cognito.client-id:}") String clientId,
                           @Value("${assurance.cognito.callback-url:}") String callbackUrl,
                           @Value("${assurance.cognito.sign-out-url:}") String signOutUrl,
                           @Value("${micronaut.security.token.jwt.claims-validators.issuer:}") String issuer,
                           @Value("${micronaut.security.token.jwt.signatures.jwks.cognito.url:}") String jwksUrl) {
        this.domain = domain.endsWith("/") ? domain.substring(0, domain.length() - 1) : domain;
        this.clientId = clientId;
        this.callbackUrl = callbackUrl;
        this.signOutUrl = signOutUrl;
        this.issuer = issuer;
        this.jwksUrl = jwksUrl;
        if (enabled() && (callbackUrl.isBlank() || signOutUrl.isBlank() || issuer.isBlank() || jwksUrl.isBlank())) {
            // half a configuration would fail at someone's first sign-in; say so at start instead
            throw new IllegalStateException("assurance.cognito.domain and client-id are set, so also set assurance.cognito."
                    + "callback-url and sign-out-url, and the pool's issuer and JWKS URL (README: Deploying)");
        }
    }

    /** Whether people sign in through Cognito's managed login pages. */
    public boolean enabled() {
        return !domain.isBlank() && !clientId.isBlank();
    }

    URI authorizeEndpoint() {
        return URI.create(domain + "/oauth2/authorize");
    }

    URI tokenEndpoint() {
        return URI.create(domain + "/oauth2/token");
    }

    /** Cognito's logout endpoint, which ends its own session and sends the browser to the sign-out URL. */
    URI logoutUrl() {
        return URI.create(domain + "/logout?client_id=" + encode(clientId) + "&logout_uri=" + encode(signOutUrl));
    }

    /** The managed login pages' origin (scheme, host and port), for the Content-Security-Policy. */
    public String origin() {
        URI uri = URI.create(domain);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    String clientId() {
        return clientId;
    }

    String callbackUrl() {
        return callbackUrl;
    }

    String issuer() {
        return issuer;
    }

    String jwksUrl() {
        return jwksUrl;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
