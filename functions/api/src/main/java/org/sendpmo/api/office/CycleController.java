package org.sendpmo.api.office;

import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.util.List;
import java.util.Map;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleOutcome;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.CycleService;
import org.sendpmo.pack.BoardPackRequests;
import org.sendpmo.pack.FinalOutcome;
import org.sendpmo.pack.FinalPacks;
import org.sendpmo.storage.StorageUnavailable;

/**
 * The programme office's cycle pages: set up and change a cycle, its page, mark its pack final and reopen it, and
 * ask for its PDF board pack (again after a failure, or early to check it).
 */
@Controller("/office/cycles")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class CycleController {

    private final CycleRepository cycles;
    private final CycleService service;
    private final FinalPacks finals;
    private final BoardPackRequests boardPacks;
    private final CyclePages pages;
    private final MessagePage messages;
    private final RequestActors actors;

    public CycleController(CycleRepository cycles, CycleService service, FinalPacks finals, BoardPackRequests boardPacks,
                           CyclePages pages, MessagePage messages, RequestActors actors) {
        this.boardPacks = boardPacks;
        this.cycles = cycles;
        this.service = service;
        this.finals = finals;
        this.pages = pages;
        this.messages = messages;
        this.actors = actors;
    }

    @Get("/new")
    public HttpResponse<String> newCycle() {
        return Html.ok(pages.form(null, Map.of("board", "STSB"), List.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> create(HttpRequest<?> request, @Body Map<String, String> form) {
        CycleOutcome outcome = service.create(CycleFormFields.toDraft(form), actors.of(request));
        if (outcome instanceof CycleOutcome.Rejected r) {
            return Html.page(HttpStatus.BAD_REQUEST, pages.form(null, form, r.problems()));
        }
        return Html.seeOther("/office/cycles/" + ((CycleOutcome.Saved) outcome).cycle().id());
    }

    @Get("/{cycleId}")
    public HttpResponse<String> page(@PathVariable String cycleId) {
        return withCycle(cycleId, c -> Html.ok(pages.page(c, null, Map.of(), List.of())));
    }

    @Get("/{cycleId}/edit")
    public HttpResponse<String> edit(@PathVariable String cycleId) {
        return withCycle(cycleId, c -> Html.ok(pages.form(c, CycleFormFields.of(c), List.of())));
    }

    @Post("/{cycleId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> update(HttpRequest<?> request, @PathVariable String cycleId, @Body Map<String, String> form) {
        CycleOutcome outcome = service.edit(cycleId, CycleFormFields.toDraft(form), actors.of(request));
        if (outcome instanceof CycleOutcome.NotFound) {
            return notFound(cycleId);
        }
        if (outcome instanceof CycleOutcome.Rejected r) {
            return Html.page(HttpStatus.BAD_REQUEST, pages.form(cycles.find(cycleId).orElseThrow(), form, r.problems()));
        }
        return Html.seeOther("/office/cycles/" + cycleId);
    }

    @Post("/{cycleId}/builds/{buildId}/final")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> markFinal(HttpRequest<?> request, @PathVariable String cycleId, @PathVariable String buildId) {
        return answer(cycleId, finals.markFinal(cycleId, buildId, actors.of(request)), Map.of());
    }

    /** Asks the pack-builder for the PDF board pack of the final build (else the current one); the page shows how it goes. */
    @Post("/{cycleId}/board-pack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> askForBoardPack(HttpRequest<?> request, @PathVariable String cycleId) {
        return answer(cycleId, boardPacks.ask(cycleId, actors.of(request)), Map.of());
    }

    @Post("/{cycleId}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> reopen(HttpRequest<?> request, @PathVariable String cycleId, @Body Map<String, String> form) {
        return answer(cycleId, finals.reopen(cycleId, form.get("reason"), actors.of(request)), form);
    }

    /** The database could not do it: say so and that nothing changed, rather than a bare 500. */
    @Error(exception = StorageUnavailable.class)
    public HttpResponse<String> unavailable(StorageUnavailable e) {
        return Html.page(HttpStatus.SERVICE_UNAVAILABLE, messages.render("Not saved", e.getMessage()));
    }

    private HttpResponse<String> answer(String cycleId, FinalOutcome outcome, Map<String, String> form) {
        if (outcome instanceof FinalOutcome.Done) {
            // The cycle page shows what became of the PDF board pack, if one was asked for.
            return Html.seeOther("/office/cycles/" + cycleId);
        }
        if (outcome instanceof FinalOutcome.NotFound n) {
            return Html.page(HttpStatus.NOT_FOUND, messages.render("Not found", n.message()));
        }
        java.util.Optional<BoardCycle> found = cycles.find(cycleId);
        if (found.isEmpty()) {
            return notFound(cycleId); // a reason checked before the cycle was looked up: the cycle is what is wrong
        }
        BoardCycle cycle = found.get();
        if (outcome instanceof FinalOutcome.Rejected r) {
            return Html.page(HttpStatus.BAD_REQUEST, pages.page(cycle, null, form, List.of(r.problem())));
        }
        return Html.page(HttpStatus.CONFLICT, pages.page(cycle, ((FinalOutcome.Refused) outcome).message(), Map.of(), List.of()));
    }

    private HttpResponse<String> withCycle(String cycleId, java.util.function.Function<BoardCycle, HttpResponse<String>> page) {
        return cycles.find(cycleId).map(page).orElseGet(() -> notFound(cycleId));
    }

    private HttpResponse<String> notFound(String cycleId) {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("No such board cycle",
                "There is no board cycle '" + cycleId + "'. Go back to the programme office page and choose one."));
    }
}
