package org.sendpmo.api.web;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;

/** The start page: where the programme office and a board member each go next; a project lead goes to "my projects". */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
public class StartController {

    private final Pages pages;
    private final SiteConfig site;

    public StartController(Pages pages, SiteConfig site) {
        this.pages = pages;
        this.site = site;
    }

    /** A project lead lands on their projects; everyone else on the links their roles allow. */
    @Get
    public HttpResponse<String> start(io.micronaut.security.authentication.Authentication who) {
        org.sendpmo.access.Actor actor = org.sendpmo.api.access.CurrentActor.of(who);
        if (actor.has(org.sendpmo.access.Role.PROJECT_LEAD) && !actor.isOffice()) {
            return Html.seeOther("/my-projects");
        }
        return Html.ok(pages.render("app/start.ftlh", Map.of("title", "Start", "programmeName", site.getProgrammeName(),
                "packIndexHref", site.getPackBaseUrl() + "index.html")));
    }
}
