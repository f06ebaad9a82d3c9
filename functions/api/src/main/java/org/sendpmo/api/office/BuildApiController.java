package org.sendpmo.api.office;

import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildRequestOutcome;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.PackBuild;

/** Programme-office build actions as JSON, for scripts and schedulers. */
@Controller("/api")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class BuildApiController {

    private final BuildRequests requests;
    private final BuildLedger builds;
    private final org.sendpmo.cycle.CycleRepository cycles;
    private final RequestActors actors;

    public BuildApiController(BuildRequests requests, BuildLedger builds, org.sendpmo.cycle.CycleRepository cycles,
                              RequestActors actors) {
        this.requests = requests;
        this.builds = builds;
        this.cycles = cycles;
        this.actors = actors;
    }

    /**
     * @param stage       reading, scoring, rendering, checking or publishing: how far the build got
     * @param scheduledOn the day of a scheduled build, null for one a person asked for
     */
    @Serdeable
    public record BuildJson(String buildId, String cycleId, String status, String requestedAt, @Nullable String finishedAt,
                            int pages, @Nullable String message, String requestedBy, @Nullable String stage,
                            @Nullable String scheduledOn) {
        static BuildJson of(PackBuild b) {
            return new BuildJson(b.id(), b.cycleId(), b.status().name().toLowerCase(java.util.Locale.ROOT),
                    b.requestedAt().toString(), b.finishedAt() == null ? null : b.finishedAt().toString(), b.pages(), b.message(),
                    b.requestedBy(), b.stage() == null ? null : b.stage().name().toLowerCase(java.util.Locale.ROOT),
                    b.scheduledOn() == null ? null : b.scheduledOn().toString());
        }
    }

    @Serdeable
    public record ErrorJson(String message) {
    }

    /**
     * Starts a build and answers at once (202); poll {@code GET /api/builds/{id}} for its outcome. A cycle whose
     * pack is final is refused (409) until it is reopened.
     */
    @Post("/cycles/{cycleId}/builds")
    public HttpResponse<?> start(HttpRequest<?> request, @PathVariable String cycleId) {
        BuildRequestOutcome outcome = requests.request(cycleId, actors.of(request));
        if (outcome instanceof BuildRequestOutcome.Queued q) {
            return HttpResponse.accepted().body(BuildJson.of(q.build()));
        }
        if (outcome instanceof BuildRequestOutcome.Refused r) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ErrorJson(r.message()));
        }
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ErrorJson("No board cycle '" + cycleId + "'"));
    }

    /** The cycle's builds, newest first. */
    @Get("/cycles/{cycleId}/builds")
    public HttpResponse<?> history(@PathVariable String cycleId) {
        if (cycles.find(cycleId).isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ErrorJson("No board cycle '" + cycleId + "'"));
        }
        return HttpResponse.ok(builds.forCycle(cycleId).stream().map(BuildJson::of).toList());
    }

    @Get("/builds/{buildId}")
    public HttpResponse<?> status(@PathVariable String buildId) {
        return builds.find(buildId)
                .<HttpResponse<?>>map(b -> HttpResponse.ok(BuildJson.of(b)))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND).body(new ErrorJson("No build '" + buildId + "'")));
    }
}
