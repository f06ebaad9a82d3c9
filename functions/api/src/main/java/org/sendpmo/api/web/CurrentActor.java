package org.sendpmo.api.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Set;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;

/**
 * Who is making a request: the one place controllers ask, so that sign-in replaces this method alone.
 */
@Singleton
public class CurrentActor {

    /** Until sign-in exists every request acts as the programme office (the local run is not to be exposed). */
    static final Actor PROGRAMME_OFFICE = new Actor("programme-office", Set.of(Role.PROGRAMME_OFFICE), Set.of());

    /** Sign-in replaces this with the signed-in person, from the request's session or token. */
    public Actor of(HttpRequest<?> request) {
        return PROGRAMME_OFFICE;
    }
}
