package org.sendpmo.api.returns;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.sendpmo.access.Actor;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.access.Roles;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.SubmissionOutcome;

/** The project lead's monthly return form (server-rendered, works without JavaScript). */
@Controller("/returns")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class ReturnFormController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReturnFormController.class);

    private final ReturnFormPage page;
    private final MessagePage messages;
    private final ReturnIntake intake;
    private final ReturnLedger ledger;
    private final Clock clock;
    private final FormStart start;
    private final AfterSubmission after;
    private final RequestActors actors;

    public ReturnFormController(ReturnFormPage page, MessagePage messages, ReturnIntake intake, ReturnLedger ledger,
                                Clock clock, FormStart start, AfterSubmission after, RequestActors actors) {
        this.actors = actors;
        this.page = page;
        this.messages = messages;
        this.intake = intake;
        this.ledger = ledger;
        this.clock = clock;
        this.start = start;
        this.after = after;
    }

    /** A new return: the person's draft for the project and month, or last month's return carried over. */
    @Get("/new{?project,month,saved}")
    public HttpResponse<String> form(@QueryValue(defaultValue = "") String project, @QueryValue(defaultValue = "") String month,
                                     @QueryValue(defaultValue = "false") boolean saved, Authentication who) {
        Actor actor = actors.of(who);
        FormStart.Start begin = start.forProject(actor, project.trim(), month, saved);
        return Html.ok(page.form(begin.fields(), List.of(), actor, begin.notice()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> submit(@Body Map<String, String> form, Authentication who) {
        Actor actor = actors.of(who);
        SubmissionOutcome outcome = intake.submit(FormFields.toDraft(form), actor, clock.instant());
        if (outcome instanceof SubmissionOutcome.NotAllowed refused) {
            return Html.page(HttpStatus.FORBIDDEN, page.form(form, List.of(new Problem("projectId", form.getOrDefault("projectId", ""),
                    refused.message())), actor));
        }
        if (outcome instanceof SubmissionOutcome.Rejected rejected) {
            return Html.page(HttpStatus.BAD_REQUEST, page.form(form, rejected.problems(), actor));
        }
        if (outcome instanceof SubmissionOutcome.NotStored notStored) {
            LOG.warn("Return not stored, the person was asked to retry: {}", notStored.reason());
            return Html.page(HttpStatus.SERVICE_UNAVAILABLE, page.notStored(form, actor));
        }
        boolean duplicate = outcome instanceof SubmissionOutcome.Duplicate;
        RecordedReturn recorded = duplicate ? ((SubmissionOutcome.Duplicate) outcome).existing()
                : ((SubmissionOutcome.Accepted) outcome).recorded();
        String emailed = after.submitted(actor, recorded, !duplicate);
        return Html.seeOther("/returns/received?emailed=" + emailed + "&key="
                + URLEncoder.encode(recorded.rawKey().value(), StandardCharsets.UTF_8) + (duplicate ? "&duplicate=true" : ""));
    }

    /** The receipt. {@code emailed} says what became of its email: sent, failed or none (no address on record). */
    @Get("/received{?key,duplicate,emailed}")
    public HttpResponse<String> received(@QueryValue(defaultValue = "") String key,
                                         @QueryValue(defaultValue = "false") boolean duplicate,
                                         @QueryValue(defaultValue = "") String emailed, Authentication who) {
        if (!RawKey.isReturnKey(key)) {
            return notFound();
        }
        Actor actor = actors.of(who);
        // Another project's return reads as not found, not as forbidden: its reference tells nothing.
        return ledger.findByRawKey(new RawKey(key)).filter(r -> actor.mayReportOn(r.content().projectId()))
                .map(r -> (HttpResponse<String>) Html.ok(page.confirmation(r, duplicate, emailed)))
                .orElseGet(this::notFound);
    }

    private HttpResponse<String> notFound() {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("Return not found",
                "No return with that reference has been recorded. Check the link, or submit the return again."));
    }
}
