package org.sendpmo.api.office;

import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
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
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.PackBuild;

/** Programme-office build actions as JSON, for scripts and schedulers. */
@Controller("/api")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class BuildApiController {

    private final BuildRequests requests;
    private final BuildLedger builds;

    public BuildApiController(BuildRequests requests, BuildLedger builds) {
        this.requests = requests;
        this.builds = builds;
    }

    @Serdeable
    public record BuildJson(String buildId, String cycleId, String status, String requestedAt, @Nullable String finishedAt,
                            int pages, @Nullable String message) {
        static BuildJson of(PackBuild b) {
            return new BuildJson(b.id(), b.cycleId(), b.status().name().toLowerCase(java.util.Locale.ROOT),
                    b.requestedAt().toString(), b.finishedAt() == null ? null : b.finishedAt().toString(), b.pages(), b.message());
        }
    }

    @Serdeable
    public record ErrorJson(String message) {
    }

    /** Starts a build and answers at once (202); poll {@code GET /api/builds/{id}} for its outcome. */
    @Post("/cycles/{cycleId}/builds")
    public HttpResponse<?> start(@PathVariable String cycleId) {
        return requests.request(cycleId)
                .<HttpResponse<?>>map(b -> HttpResponse.accepted().body(BuildJson.of(b)))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND).body(new ErrorJson("No board cycle '" + cycleId + "'")));
    }

    @Get("/builds/{buildId}")
    public HttpResponse<?> status(@PathVariable String buildId) {
        return builds.find(buildId)
                .<HttpResponse<?>>map(b -> HttpResponse.ok(BuildJson.of(b)))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND).body(new ErrorJson("No build '" + buildId + "'")));
    }
}
