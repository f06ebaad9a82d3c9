package org.sendpmo.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import org.sendpmo.adapters.s3.StorageProperties;

/**
 * Security headers on every response of the api (and of the local run, which serves the packs through
 * it). The Content-Security-Policy allows scripts, styles and images from the product only, no inline
 * script or style, and lets the upload page's script reach the raw bucket and nothing else; no page may
 * be framed. HSTS only where the request came over TLS (API Gateway says so in X-Forwarded-Proto).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements io.micronaut.core.order.Ordered {

    private final String policy;

    public SecurityHeaders(StorageProperties storage, org.sendpmo.api.access.CognitoSettings cognito) {
        // with Cognito, sign-out's form is answered with a redirect to the pool's logout endpoint, and
        // browsers apply form-action to a form's redirects too
        String formAction = cognito.enabled() ? "'self' " + cognito.origin() : "'self'";
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + rawBucketOrigin(storage) + "; form-action " + formAction + "; frame-ancestors 'none'; "
                + "base-uri 'none'; object-src 'none'";
    }

    /** Where presigned PUTs go: the configured endpoint, or the bucket's own S3 host. */
    static String rawBucketOrigin(StorageProperties storage) {
        if (storage.hasEndpoint()) {
            URI endpoint = storage.getEndpoint();
            return endpoint.getScheme() + "://" + endpoint.getAuthority();
        }
        return "https://" + storage.getRawBucket() + ".s3." + storage.getRegion() + ".amazonaws.com";
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", policy);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        if (overTls(request)) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static boolean overTls(HttpRequest<?> request) {
        return org.sendpmo.api.access.Transport.overTls(request);
    }

    /** Outermost, so refusals made by the security filters (a redirect to sign in, a 401 or 403) carry the headers too. */
    @Override
    public int getOrder() {
        return io.micronaut.http.filter.ServerFilterPhase.FIRST.before();
    }

    /** The policy, for tests. */
    String policy() {
        return policy;
    }
}
