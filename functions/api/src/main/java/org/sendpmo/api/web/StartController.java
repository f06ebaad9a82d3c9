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

/** The start page: where a project lead, the programme office and a board member each go next. */
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

    @Get
    public HttpResponse<String> start() {
        return Html.ok(pages.render("app/start.ftlh", Map.of("title", "Start", "programmeName", site.getProgrammeName(),
                "packIndexHref", site.getPackBaseUrl() + "index.html")));
    }
}
