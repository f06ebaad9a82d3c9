package org.sendpmo.api.office;

import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
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
import java.net.URI;
import java.util.List;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleOutcome;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.CycleService;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BoardPackRequests;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.pack.FinalOutcome;
import org.sendpmo.pack.FinalPacks;
import org.sendpmo.pack.PackFinality;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.StorageUnavailable;

/**
 * Board cycles as JSON, for scripts: the same services as the office pages. Problems with the input are 422
 * with each problem on its field; a state that does not allow the change (a final pack) is 409.
 */
@Controller("/api/cycles")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class CycleApiController {

    private final CycleRepository cycles;
    private final CycleService service;
    private final FinalPacks finals;
    private final BoardPackRequests boardPacks;
    private final BoardPackView boardPackView;
    private final PackFinality finality;
    private final BuildLedger builds;
    private final CyclePages pages;
    private final RequestActors actors;

    public CycleApiController(CycleRepository cycles, CycleService service, FinalPacks finals, BoardPackRequests boardPacks,
                              BoardPackView boardPackView, PackFinality finality, BuildLedger builds, CyclePages pages,
                              RequestActors actors) {
        this.boardPacks = boardPacks;
        this.boardPackView = boardPackView;
        this.cycles = cycles;
        this.service = service;
        this.finals = finals;
        this.finality = finality;
        this.builds = builds;
        this.pages = pages;
        this.actors = actors;
    }

    /** Every cycle, latest meeting first. */
    @Get
    public List<CycleJson.Cycle> list() {
        return cycles.all().stream().map(CycleJson.Cycle::of).toList();
    }

    @Post
    public HttpResponse<?> create(HttpRequest<?> request, @Body CycleJson.CycleRequest body) {
        CycleOutcome outcome = service.create(body.toDraft(), actors.of(request));
        if (outcome instanceof CycleOutcome.Saved s) {
            return HttpResponse.created(CycleJson.Cycle.of(s.cycle()), URI.create("/api/cycles/" + s.cycle().id()));
        }
        return rejected(((CycleOutcome.Rejected) outcome).problems());
    }

    @Get("/{cycleId}")
    public HttpResponse<?> detail(@PathVariable String cycleId) {
        return cycles.find(cycleId).<HttpResponse<?>>map(c -> HttpResponse.ok(detail(c))).orElseGet(() -> notFound(cycleId));
    }

    /** Changes the cycle's dates; its id and board stay. */
    @Put("/{cycleId}")
    public HttpResponse<?> update(HttpRequest<?> request, @PathVariable String cycleId, @Body CycleJson.CycleRequest body) {
        CycleOutcome outcome = service.edit(cycleId, body.toDraft(), actors.of(request));
        if (outcome instanceof CycleOutcome.Saved s) {
            return HttpResponse.ok(CycleJson.Cycle.of(s.cycle()));
        }
        if (outcome instanceof CycleOutcome.NotFound) {
            return notFound(cycleId);
        }
        return rejected(((CycleOutcome.Rejected) outcome).problems());
    }

    /**
     * Marks the cycle's current build final: {"buildId": "…"}. The answer's boardPack says how its PDF board pack,
     * asked of the pack-builder, is going (MAKING at first); GET the cycle to follow it.
     */
    @Post("/{cycleId}/final")
    public HttpResponse<?> markFinal(HttpRequest<?> request, @PathVariable String cycleId, @Body CycleJson.FinalRequest body) {
        if (body.buildId() == null || body.buildId().isBlank()) {
            return rejected(List.of(new Problem("buildId", "", "Give the id of the build to mark final")));
        }
        return answer(cycleId, finals.markFinal(cycleId, body.buildId().strip(), actors.of(request)));
    }

    /** Asks for the PDF board pack of the final build (else the current one), again after a failure; no body. */
    @Post("/{cycleId}/board-pack")
    public HttpResponse<?> askForBoardPack(HttpRequest<?> request, @PathVariable String cycleId) {
        return answer(cycleId, boardPacks.ask(cycleId, actors.of(request)));
    }

    /** Reopens a final pack: {"reason": "…"}, required. */
    @Post("/{cycleId}/reopen")
    public HttpResponse<?> reopen(HttpRequest<?> request, @PathVariable String cycleId, @Body CycleJson.ReopenRequest body) {
        return answer(cycleId, finals.reopen(cycleId, body.reason(), actors.of(request)));
    }

    @Error(exception = StorageUnavailable.class)
    public HttpResponse<?> unavailable(StorageUnavailable e) {
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(CycleJson.Error.of(e.getMessage()));
    }

    private HttpResponse<?> answer(String cycleId, FinalOutcome outcome) {
        if (outcome instanceof FinalOutcome.Done) {
            return HttpResponse.ok(detail(cycles.find(cycleId).orElseThrow()));
        }
        if (outcome instanceof FinalOutcome.NotFound n) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(CycleJson.Error.of(n.message()));
        }
        if (outcome instanceof FinalOutcome.Rejected r) {
            return rejected(List.of(r.problem()));
        }
        return HttpResponse.status(HttpStatus.CONFLICT).body(CycleJson.Error.of(((FinalOutcome.Refused) outcome).message()));
    }

    private CycleJson.CycleDetail detail(BoardCycle c) {
        CyclePublication state = finality.read(c.id()).orElseThrow();
        return CycleJson.CycleDetail.of(c, state, boardPackView.of(state),
                builds.forCycle(c.id()).stream().map(BuildApiController.BuildJson::of).toList(), pages.outstanding(c).size());
    }

    private static HttpResponse<?> rejected(List<Problem> problems) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(CycleJson.Error.rejected(problems));
    }

    private static HttpResponse<?> notFound(String cycleId) {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(CycleJson.Error.of("No board cycle '" + cycleId + "'"));
    }
}
