package org.sendpmo.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;
import org.sendpmo.api.access.CurrentActor;
import org.sendpmo.project.ProjectLeadership;

/**
 * Who is making a request. A project lead's projects are those their sign-in lists (configuration, or Cognito's
 * {@code custom:projects}) and those the project registry names them lead of, read at each request so that a
 * change of lead in the registry takes effect without signing in again.
 */
@Singleton
public class RequestActors {

    private final ProjectLeadership leadership;

    public RequestActors(ProjectLeadership leadership) {
        this.leadership = leadership;
    }

    /**
     * @throws IllegalStateException when nobody is signed in: every route that writes is {@code @Secured}
     *                               for signed-in roles, so this is a programming error, not bad input
     */
    public Actor of(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).map(this::of)
                .orElseThrow(() -> new IllegalStateException("no one is signed in on " + request.getPath()
                        + ": the route must be @Secured for signed-in roles"));
    }

    public Actor of(Authentication authentication) {
        Actor signedIn = CurrentActor.of(authentication);
        if (!signedIn.has(Role.PROJECT_LEAD)) {
            return signedIn;
        }
        Set<String> projects = new LinkedHashSet<>(signedIn.projects());
        projects.addAll(leadership.ledBy(signedIn.username()));
        return new Actor(signedIn.username(), signedIn.roles(), projects);
    }
}
