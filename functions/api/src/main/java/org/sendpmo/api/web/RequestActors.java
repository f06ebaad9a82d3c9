package org.sendpmo.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import org.sendpmo.access.Actor;
import org.sendpmo.api.access.CurrentActor;

/** Who is making a request, for controllers that take the request rather than its {@link Authentication}. */
@Singleton
public class RequestActors {

    /**
     * @throws IllegalStateException when nobody is signed in: every route that writes is {@code @Secured}
     *                               for signed-in roles, so this is a programming error, not bad input
     */
    public Actor of(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).map(CurrentActor::of)
                .orElseThrow(() -> new IllegalStateException("no one is signed in on " + request.getPath()
                        + ": the route must be @Secured for signed-in roles"));
    }
}
