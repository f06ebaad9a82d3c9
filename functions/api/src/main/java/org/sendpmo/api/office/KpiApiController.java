package org.sendpmo.api.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.kpi.KpiDefinitionOutcome;
import org.sendpmo.kpi.KpiDefinitionService;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.storage.StorageUnavailable;

/**
 * KPI definitions as JSON, for scripts setting up a programme: the same service as the office pages, so the same
 * checks and audit entries. Problems with the input are 422, each on its field.
 */
@Controller("/api/kpis")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class KpiApiController {

    private final KpiStore kpis;
    private final KpiDefinitionService service;
    private final RequestActors actors;

    public KpiApiController(KpiStore kpis, KpiDefinitionService service, RequestActors actors) {
        this.kpis = kpis;
        this.service = service;
        this.actors = actors;
    }

    /** Every definition, by id. */
    @Get
    public List<KpiJson.Kpi> list() {
        return kpis.definitions().stream().map(KpiJson.Kpi::of).toList();
    }

    /** Adds a KPI: 201, or 422 when its id is taken or a field is wrong. */
    @Post
    public HttpResponse<?> create(HttpRequest<?> request, @Body KpiJson.KpiRequest body) {
        KpiDefinitionOutcome outcome = service.create(body.toDraft(), actors.of(request));
        if (outcome instanceof KpiDefinitionOutcome.Saved s) {
            return HttpResponse.created(KpiJson.Kpi.of(s.definition()), URI.create("/api/kpis/" + s.definition().id()));
        }
        return rejected(outcome);
    }

    /** Changes a KPI (everything but its id): 200, 404 or 422. */
    @Put("/{kpiId}")
    public HttpResponse<?> update(HttpRequest<?> request, @PathVariable String kpiId, @Body KpiJson.KpiRequest body) {
        KpiDefinitionOutcome outcome = service.edit(kpiId, body.toDraft(), actors.of(request));
        if (outcome instanceof KpiDefinitionOutcome.Saved s) {
            return HttpResponse.ok(KpiJson.Kpi.of(s.definition()));
        }
        if (outcome instanceof KpiDefinitionOutcome.NotFound) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(KpiJson.Error.of("No KPI '" + kpiId + "'"));
        }
        return rejected(outcome);
    }

    @Error(exception = StorageUnavailable.class)
    public HttpResponse<?> unavailable(StorageUnavailable e) {
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(KpiJson.Error.of(e.getMessage()));
    }

    private static HttpResponse<?> rejected(KpiDefinitionOutcome outcome) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(KpiJson.Error.rejected(((KpiDefinitionOutcome.Rejected) outcome).problems()));
    }
}
