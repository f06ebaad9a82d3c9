package org.sendpmo.api.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.util.Map;
import org.sendpmo.api.access.CurrentActor;
import org.sendpmo.api.access.Roles;
import org.sendpmo.chase.ChaseService;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.StorageUnavailable;

/** Chasing as JSON: chase a project's return, and a cycle's chases, newest first. */
@Controller("/api/cycles/{cycleId}/chases")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class ChaseApiController {

    private final ChaseService chases;
    private final CycleRepository cycles;
    private final Clock clock;

    public ChaseApiController(ChaseService chases, CycleRepository cycles, Clock clock) {
        this.chases = chases;
        this.cycles = cycles;
        this.clock = clock;
    }

    @io.micronaut.serde.annotation.Serdeable
    public record ChaseJson(@Nullable String projectId) {
    }

    @Post
    public HttpResponse<?> chase(@PathVariable String cycleId, @Body ChaseJson body, Authentication who) {
        if (cycles.find(cycleId).isEmpty()) {
            return noCycle(cycleId);
        }
        ChaseService.Outcome outcome;
        try {
            outcome = chases.chase(cycleId, body.projectId(), CurrentActor.of(who), clock.instant());
        } catch (StorageUnavailable e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("message", e.getMessage() + " Nothing was sent."));
        }
        if (outcome instanceof ChaseService.Chased done) {
            return HttpResponse.created(OutstandingRows.json(done.chase()));
        }
        if (outcome instanceof ChaseService.NotAllowed refused) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("message", refused.message()));
        }
        if (outcome instanceof ChaseService.Refused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(problem("Nothing was sent", refused.problem()));
        }
        if (outcome instanceof ChaseService.NotSent notSent) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("message", notSent.message()));
        }
        return HttpResponse.badRequest(problem("Nothing was sent", ((ChaseService.Rejected) outcome).problems().get(0)));
    }

    @Get
    public HttpResponse<?> history(@PathVariable String cycleId) {
        if (cycles.find(cycleId).isEmpty()) {
            return noCycle(cycleId);
        }
        return HttpResponse.ok(Map.of("cycleId", cycleId,
                "chases", chases.history(cycleId).stream().map(OutstandingRows::json).toList()));
    }

    private static Map<String, Object> problem(String message, Problem p) {
        return Map.of("message", message, "problems", java.util.List.of(Map.of("field", p.field(), "message", p.message())));
    }

    private static HttpResponse<?> noCycle(String cycleId) {
        return HttpResponse.notFound(Map.of("message", "No board cycle '" + cycleId + "'"));
    }
}
