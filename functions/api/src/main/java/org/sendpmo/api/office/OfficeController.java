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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildRequestOutcome;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackFinality;

/** The programme office's page: board cycles, their builds, and "build the pack". */
@Controller("/office")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class OfficeController {

    private final CycleRepository cycles;
    private final BuildLedger builds;
    private final BuildRequests requests;
    private final Pages pages;
    private final SiteConfig site;
    private final MessagePage messages;
    private final String packBaseUrl;
    private final PackFinality finality;
    private final CyclePages cyclePages;
    private final RequestActors actors;

    public OfficeController(CycleRepository cycles, BuildLedger builds, BuildRequests requests, Pages pages, SiteConfig site,
                            MessagePage messages, PackFinality finality, CyclePages cyclePages, RequestActors actors) {
        this.cycles = cycles;
        this.builds = builds;
        this.requests = requests;
        this.pages = pages;
        this.site = site;
        this.messages = messages;
        this.packBaseUrl = site.getPackBaseUrl();
        this.finality = finality;
        this.cyclePages = cyclePages;
        this.actors = actors;
    }

    /** @param details the cycle's fields as the pages show them ({@link CyclePages#details}) */
    public record CycleRow(org.sendpmo.cycle.BoardCycle cycle, List<PackBuild> builds, boolean published, String packHref,
                           boolean isFinal, Map<String, String> details) {
    }

    @Get
    public HttpResponse<String> index() {
        List<CycleRow> rows = cycles.all().stream().map(c -> {
            List<PackBuild> history = builds.forCycle(c.id());
            boolean published = history.stream().anyMatch(b -> b.status() == org.sendpmo.pack.BuildStatus.SUCCEEDED);
            boolean isFinal = finality.read(c.id()).map(org.sendpmo.pack.CyclePublication::isFinal).orElse(false);
            return new CycleRow(c, history.stream().limit(3).toList(), published, packBaseUrl + "cycles/" + c.id() + "/index.html",
                    isFinal, cyclePages.details(c));
        }).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Programme office");
        model.put("programmeName", site.getProgrammeName());
        model.put("rows", rows);
        model.put("packIndexHref", packBaseUrl + "index.html");
        return Html.ok(pages.render("app/office.ftlh", model));
    }

    /** Starts a build and shows the cycle's page, where its progress is; a final pack is refused (409). */
    @Post("/cycles/{cycleId}/builds")
    @io.micronaut.http.annotation.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> build(HttpRequest<?> request, @PathVariable String cycleId) {
        BuildRequestOutcome outcome = requests.request(cycleId, actors.of(request));
        if (outcome instanceof BuildRequestOutcome.Queued) {
            return Html.seeOther("/office/cycles/" + cycleId);
        }
        if (outcome instanceof BuildRequestOutcome.Refused r) {
            return Html.page(HttpStatus.CONFLICT, cyclePages.page(cycles.find(cycleId).orElseThrow(), r.message(), Map.of(),
                    List.of()));
        }
        return Html.page(HttpStatus.NOT_FOUND, messages.render("No such board cycle",
                "There is no board cycle '" + cycleId + "'. Go back to the programme office page and choose one."));
    }
}
