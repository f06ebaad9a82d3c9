package org.sendpmo.api.returns;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sendpmo.access.Actor;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.Html;
import org.sendpmo.lead.DraftService;
import org.sendpmo.returns.Problem;

/**
 * "Save as draft" on the return form (its second button posts here): the form as typed is kept for the person,
 * project and month, and the form comes back with a banner saying so. Nothing is validated but the project and
 * month, which say which draft it is: the rest is checked when the return is submitted.
 */
@Controller("/returns/drafts")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class DraftController {

    private final RequestActors actors;
    private final DraftService drafts;
    private final ReturnFormPage page;
    private final Clock clock;

    public DraftController(DraftService drafts, ReturnFormPage page, Clock clock, RequestActors actors) {
        this.actors = actors;
        this.drafts = drafts;
        this.page = page;
        this.clock = clock;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> save(@Body Map<String, String> form, Authentication who) {
        Actor actor = actors.of(who);
        DraftService.Outcome outcome = drafts.save(actor, FormFields.values(form), clock.instant());
        if (outcome instanceof DraftService.Saved saved) {
            return Html.seeOther("/returns/new?project=" + encode(saved.draft().projectId()) + "&month="
                    + saved.draft().month() + "&saved=true");
        }
        if (outcome instanceof DraftService.NotAllowed refused) {
            return Html.page(HttpStatus.FORBIDDEN, page.form(form, List.of(refused.problem()), actor));
        }
        if (outcome instanceof DraftService.Rejected rejected) {
            return Html.page(HttpStatus.BAD_REQUEST, page.form(form, rejected.problems(), actor));
        }
        return Html.page(HttpStatus.SERVICE_UNAVAILABLE, page.form(form, List.of(new Problem("projectId", "",
                "Your draft was not saved because the service could not store it just now. Try again in a minute; "
                        + "what you typed is still on this page.")), actor));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
