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
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.SubmissionOutcome;

/** The same submission as the form, as JSON, for scripts. */
@Controller("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnApiController {

    private final ReturnIntake intake;
    private final ReturnLedger ledger;
    private final Clock clock;

    public ReturnApiController(ReturnIntake intake, ReturnLedger ledger, Clock clock) {
        this.intake = intake;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Post("/returns")
    public HttpResponse<ReturnResponse> submit(@Body ReturnRequest request) {
        SubmissionOutcome outcome = intake.submit(request.toDraft(), clock.instant());
        if (outcome instanceof SubmissionOutcome.Accepted a) {
            return HttpResponse.created(ReturnResponse.recorded("accepted", a.recorded()));
        }
        if (outcome instanceof SubmissionOutcome.Duplicate d) {
            return HttpResponse.ok(ReturnResponse.recorded("duplicate", d.existing()));
        }
        if (outcome instanceof SubmissionOutcome.Rejected r) {
            return HttpResponse.<ReturnResponse>status(HttpStatus.BAD_REQUEST).body(ReturnResponse.rejected(r.problems()));
        }
        return HttpResponse.<ReturnResponse>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ReturnResponse.notStored(((SubmissionOutcome.NotStored) outcome).reason()));
    }

    /** Every recorded version of a project's returns, newest first. */
    @Get("/projects/{projectId}/returns")
    public List<ReturnResponse> history(@PathVariable String projectId) {
        return ledger.history(projectId).stream().map(r -> ReturnResponse.recorded("recorded", r)).toList();
    }
}
