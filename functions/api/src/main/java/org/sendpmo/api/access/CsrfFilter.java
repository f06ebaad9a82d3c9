package org.sendpmo.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.List;
import java.util.Set;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import org.sendpmo.api.web.ErrorResponses;

/**
 * Refuses every state-changing request that does not carry a valid CSRF token: in the form field
 * {@value Csrf#FIELD} of a URL-encoded form, or in the {@value Csrf#HEADER} header (the upload page's
 * script). Multipart forms are checked by the one controller that reads them ({@link #CHECKED_BY_CONTROLLER}),
 * because only it parses the body. A script that authenticates with a bearer token and sends no
 * session cookie cannot be forged by another site, so it needs no token. Runs after Micronaut's
 * security filter, so it knows who is signed in.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements Ordered {

    /** Paths whose controller checks the token itself, from the multipart body it parses anyway. */
    public static final Set<String> CHECKED_BY_CONTROLLER = Set.of("/uploads");

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final Csrf csrf;
    private final FilterBodyParser bodies;
    private final ErrorResponses errors;
    private final String sessionCookie;

    public CsrfFilter(Csrf csrf, FilterBodyParser bodies, ErrorResponses errors,
                      io.micronaut.security.token.cookie.AccessTokenCookieConfiguration session) {
        this.csrf = csrf;
        this.bodies = bodies;
        this.errors = errors;
        this.sessionCookie = session.getCookieName();
    }

    /**
     * Blocking, on the blocking executor: a form's token is in its body, which Netty may not have read
     * yet; a filter that answers asynchronously with "proceed" fails on Micronaut 4.10's Netty server.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || bearerOnly(request)) {
            return null;
        }
        String principal = principal(request);
        String header = request.getHeaders().get(Csrf.HEADER);
        if (header != null) {
            boolean valid = csrf.valid(request, principal, header);
            request.setAttribute(Csrf.CHECKED, valid);
            return refusalOrNull(request, valid);
        }
        MediaType type = request.getContentType().orElse(null);
        if (type != null && type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            Map<String, Object> form = bodies.parseBody(request).join();
            return refusalOrNull(request, csrf.valid(request, principal, field(form.get(Csrf.FIELD))));
        }
        if (type != null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE) && CHECKED_BY_CONTROLLER.contains(request.getPath())) {
            return null;
        }
        return refusalOrNull(request, false);
    }

    /** Sets the nonce cookie when this request was given one (its page's forms carry tokens from it). */
    @ResponseFilter
    public void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(Csrf.ISSUED_NONCE, String.class).ifPresent(nonce -> response.cookie(csrf.cookie(nonce, request)));
    }

    public static String principal(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).map(Authentication::getName).orElse("");
    }

    private boolean bearerOnly(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse("");
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) && request.getCookies().findCookie(sessionCookie).isEmpty();
    }

    private HttpResponse<?> refusalOrNull(HttpRequest<?> request, boolean valid) {
        return valid ? null : errors.refused(request, HttpStatus.FORBIDDEN, Csrf.REFUSED_TITLE, Csrf.REFUSED_MESSAGE);
    }

    private static String field(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
