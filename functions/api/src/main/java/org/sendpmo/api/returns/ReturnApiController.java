package org.sendpmo.api.returns;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.time.Clock;
import java.util.List;
import org.sendpmo.access.Actor;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.access.Roles;
import org.sendpmo.returns.SubmissionOutcome;

/** The same submission as the form, as JSON, for scripts. */
@Controller("/api")
@Produces(MediaType.APPLICATION_JSON)
@Secured({Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class ReturnApiController {

    private final ReturnIntake intake;
    private final ReturnLedger ledger;
    private final Clock clock;
    private final RequestActors actors;
    private final AfterSubmission after;

    public ReturnApiController(ReturnIntake intake, ReturnLedger ledger, Clock clock, RequestActors actors,
                               AfterSubmission after) {
        this.intake = intake;
        this.ledger = ledger;
        this.clock = clock;
        this.actors = actors;
        this.after = after;
    }

    @Post("/returns")
    public HttpResponse<ReturnResponse> submit(@Body ReturnRequest request, Authentication who) {
        Actor actor = actors.of(who);
        SubmissionOutcome outcome = intake.submit(request.toDraft(), actor, clock.instant());
        if (outcome instanceof SubmissionOutcome.NotAllowed refused) {
            return HttpResponse.<ReturnResponse>status(HttpStatus.FORBIDDEN).body(ReturnResponse.notAllowed(refused.message()));
        }
        if (outcome instanceof SubmissionOutcome.Accepted a) {
            String emailed = after.submitted(actor, a.recorded(), true);
            return HttpResponse.created(ReturnResponse.recorded("accepted", a.recorded()).withReceipt(emailed));
        }
        if (outcome instanceof SubmissionOutcome.Duplicate d) {
            String emailed = after.submitted(actor, d.existing(), false);
            return HttpResponse.ok(ReturnResponse.recorded("duplicate", d.existing()).withReceipt(emailed));
        }
        if (outcome instanceof SubmissionOutcome.Rejected r) {
            return HttpResponse.<ReturnResponse>status(HttpStatus.BAD_REQUEST).body(ReturnResponse.rejected(r.problems()));
        }
        return HttpResponse.<ReturnResponse>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ReturnResponse.notStored(((SubmissionOutcome.NotStored) outcome).reason()));
    }

    /** Every recorded version of a project's returns, newest first. */
    @Get("/projects/{projectId}/returns")
    public HttpResponse<List<ReturnResponse>> history(@PathVariable String projectId, Authentication who) {
        if (!actors.of(who).mayReportOn(projectId)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        return HttpResponse.ok(ledger.history(projectId).stream().map(r -> ReturnResponse.recorded("recorded", r)).toList());
    }
}
