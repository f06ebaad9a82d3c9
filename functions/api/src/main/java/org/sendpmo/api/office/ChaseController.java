package org.sendpmo.api.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.access.CurrentActor;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.chase.ChaseService;
import org.sendpmo.chase.OutstandingReturns;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.storage.StorageUnavailable;

/** The programme office's outstanding returns for a cycle, and its "Chase" buttons (post/redirect/get). */
@Controller("/office/cycles/{cycleId}")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class ChaseController {

    private final ChaseService chases;
    private final OutstandingReturns outstanding;
    private final CycleRepository cycles;
    private final Pages pages;
    private final MessagePage messages;
    private final SiteConfig site;
    private final Clock clock;

    public ChaseController(ChaseService chases, OutstandingReturns outstanding, CycleRepository cycles, Pages pages,
                           MessagePage messages, SiteConfig site, Clock clock) {
        this.chases = chases;
        this.outstanding = outstanding;
        this.cycles = cycles;
        this.pages = pages;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    /** @param chased the project just chased and @param to whom, for the banner after the redirect */
    @Get("/returns{?chased,to}")
    public HttpResponse<String> page(@PathVariable String cycleId, @Nullable @QueryValue String chased, @Nullable @QueryValue String to) {
        Optional<BoardCycle> cycle = cycles.find(cycleId);
        if (cycle.isEmpty()) {
            return noCycle(cycleId);
        }
        Map<String, String> banner = chased == null || to == null ? Map.of() : Map.of("project", chased, "recipients", to);
        return Html.ok(render(cycle.get(), List.of(), banner));
    }

    @Post("/chases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> chase(@PathVariable String cycleId, @Body Map<String, String> form, Authentication who) {
        Optional<BoardCycle> cycle = cycles.find(cycleId);
        if (cycle.isEmpty()) {
            return noCycle(cycleId);
        }
        String projectId = form.getOrDefault("projectId", "");
        ChaseService.Outcome outcome;
        try {
            outcome = chases.chase(cycleId, projectId, CurrentActor.of(who), clock.instant());
        } catch (StorageUnavailable e) {
            return page(cycle.get(), HttpStatus.SERVICE_UNAVAILABLE, projectId, e.getMessage() + " Nothing was sent.");
        }
        if (outcome instanceof ChaseService.Chased done) {
            return Html.seeOther("/office/cycles/" + cycleId + "/returns?chased=" + encode(done.chase().projectId())
                    + "&to=" + encode(OutstandingRows.names(done.recipients())));
        }
        if (outcome instanceof ChaseService.NotAllowed refused) {
            return Html.page(HttpStatus.FORBIDDEN, messages.render("Not sent", refused.message()));
        }
        if (outcome instanceof ChaseService.Refused refused) {
            return page(cycle.get(), HttpStatus.CONFLICT, projectId, refused.problem().message());
        }
        if (outcome instanceof ChaseService.NotSent notSent) {
            return page(cycle.get(), HttpStatus.SERVICE_UNAVAILABLE, projectId, notSent.message());
        }
        return page(cycle.get(), HttpStatus.BAD_REQUEST, projectId,
                ((ChaseService.Rejected) outcome).problems().get(0).message());
    }

    private HttpResponse<String> page(BoardCycle cycle, HttpStatus status, String projectId, String message) {
        // the error links to the project's row where it has one, else to the list
        String target = projectId.matches("[A-Z][A-Z0-9-]{0,19}") ? "#chase-" + projectId : "#outstanding";
        return Html.page(status, render(cycle, List.of(Map.of("href", target, "text", message)), Map.of()));
    }

    private String render(BoardCycle cycle, List<Map<String, String>> errors, Map<String, String> chased) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Outstanding returns");
        model.put("programmeName", site.getProgrammeName());
        model.put("cycle", cycle);
        model.put("rows", outstanding.forCycle(cycle, clock.instant()).stream().map(OutstandingRows::row).toList());
        model.put("errors", errors);
        model.put("chased", chased);
        return pages.render("app/outstanding-returns.ftlh", model);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> noCycle(String cycleId) {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("No such board cycle",
                "There is no board cycle '" + cycleId + "'. Go back to the programme office page and choose one."));
    }
}
