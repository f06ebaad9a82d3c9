package org.sendpmo.api.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.sendpmo.api.web.ErrorResponses;

/**
 * What someone who may not see a page is told. A person not signed in is sent to sign in and then
 * back to the page; a script gets 401. Someone signed in without the role gets 403 and a page that
 * says whom to ask, rather than Micronaut's bare status or a redirect loop.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AccessRefusedHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorResponses errors;

    public AccessRefusedHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return errors.refused(request, HttpStatus.FORBIDDEN, "You do not have access to this page",
                    "You are signed in as " + CurrentActor.name(exception.getAuthentication())
                            + ", whose role does not include this. Ask the programme office if you need it.");
        }
        if (ErrorResponses.wantsJson(request)) {
            return errors.refused(request, HttpStatus.UNAUTHORIZED, "Sign in first",
                    "Send a bearer token from the council's sign-in service, or sign in at /sign-in.")
                    .header("WWW-Authenticate", "Bearer");
        }
        String back = request.getMethod() == io.micronaut.http.HttpMethod.GET ? request.getUri().toString() : "/";
        return HttpResponse.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }
}
