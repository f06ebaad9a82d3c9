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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.PackBuild;

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

    public OfficeController(CycleRepository cycles, BuildLedger builds, BuildRequests requests, Pages pages, SiteConfig site,
                            MessagePage messages) {
        this.cycles = cycles;
        this.builds = builds;
        this.requests = requests;
        this.pages = pages;
        this.site = site;
        this.messages = messages;
        this.packBaseUrl = site.getPackBaseUrl();
    }

    public record CycleRow(org.sendpmo.cycle.BoardCycle cycle, List<PackBuild> builds, boolean published, String packHref) {
    }

    @Get
    public HttpResponse<String> index() {
        List<CycleRow> rows = cycles.all().stream().map(c -> {
            List<PackBuild> history = builds.forCycle(c.id());
            boolean published = history.stream().anyMatch(b -> b.status() == org.sendpmo.pack.BuildStatus.SUCCEEDED);
            return new CycleRow(c, history.stream().limit(5).toList(), published, packBaseUrl + "cycles/" + c.id() + "/index.html");
        }).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Programme office");
        model.put("programmeName", site.getProgrammeName());
        model.put("rows", rows);
        model.put("packIndexHref", packBaseUrl + "index.html");
        return Html.ok(pages.render("app/office.ftlh", model));
    }

    @Post("/cycles/{cycleId}/builds")
    @io.micronaut.http.annotation.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> build(@PathVariable String cycleId) {
        return requests.request(cycleId)
                .map(b -> (HttpResponse<String>) Html.seeOther("/office#cycle-" + cycleId))
                .orElseGet(() -> Html.page(HttpStatus.NOT_FOUND, messages.render("No such board cycle",
                        "There is no board cycle '" + cycleId + "'. Go back to the programme office page and choose one.")));
    }
}
