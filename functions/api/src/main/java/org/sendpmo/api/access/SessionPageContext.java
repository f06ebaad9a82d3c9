package org.sendpmo.api.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;
import org.sendpmo.adapters.render.PageContext;

/**
 * Adds {@code session} to every page rendered while a request is handled: whether someone is signed
 * in, their name, the navigation their roles allow, and the CSRF token the page's forms send back.
 */
@Singleton
public class SessionPageContext implements PageContext {

    private final Csrf csrf;

    public SessionPageContext(Csrf csrf) {
        this.csrf = csrf;
    }

    @Override
    public Map<String, Object> entries() {
        Optional<HttpRequest<Object>> current = ServerRequestContext.currentRequest();
        if (current.isEmpty()) {
            return Map.of();
        }
        HttpRequest<?> request = current.get();
        Optional<Authentication> who = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("signedIn", who.isPresent());
        session.put("name", who.map(CurrentActor::name).orElse(""));
        session.put("csrfToken", csrf.token(request, who.map(Authentication::getName).orElse("")));
        session.put("nav", nav(who.map(CurrentActor::of).orElse(null)));
        return Map.of("session", session);
    }

    /** The links a person's roles allow; none before sign-in. */
    static List<Map<String, String>> nav(Actor actor) {
        List<Map<String, String>> links = new ArrayList<>();
        if (actor == null) {
            return links;
        }
        if (actor.has(Role.PROJECT_LEAD) || actor.isOffice()) {
            links.add(link("/my-projects", actor.isOffice() ? "Projects" : "My projects"));
            links.add(link("/returns/new", "Submit a return"));
        }
        if (actor.isOffice()) {
            links.add(link("/uploads/new", "Upload a spreadsheet"));
            links.add(link("/office", "Programme office"));
        }
        if (actor.has(Role.BOARD_MEMBER) || actor.isOffice()) {
            links.add(link("/pack/index.html", "Assurance packs"));
        }
        return links;
    }

    private static Map<String, String> link(String href, String text) {
        return Map.of("href", href, "text", text);
    }
}
