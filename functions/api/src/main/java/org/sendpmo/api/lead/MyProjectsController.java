package org.sendpmo.api.lead;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendpmo.access.Actor;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.returns.LeadFormat;
import org.sendpmo.api.web.Html;
import org.sendpmo.lead.DraftService;
import org.sendpmo.lead.LeadProject;
import org.sendpmo.lead.LeadProjects;

/**
 * "My projects": where a project lead lands after signing in. Each project they lead, with the current cycle's
 * due date, where its return stands, and the way to start, resume or correct it. The programme office sees every
 * project here.
 */
@Controller("/my-projects")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class MyProjectsController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final RequestActors actors;
    private final LeadProjects leadProjects;
    private final DraftService drafts;
    private final Pages pages;
    private final SiteConfig site;
    private final Clock clock;

    public MyProjectsController(LeadProjects leadProjects, DraftService drafts, Pages pages, SiteConfig site, Clock clock, RequestActors actors) {
        this.actors = actors;
        this.leadProjects = leadProjects;
        this.drafts = drafts;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
    }

    @Get
    public HttpResponse<String> page(Authentication who) {
        Actor actor = actors.of(who);
        Instant now = clock.instant();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", actor.isOffice() ? "Projects" : "My projects");
        model.put("programmeName", site.getProgrammeName());
        leadProjects.currentCycle(now).ifPresent(c -> model.put("cycle", Map.of("board", c.board(),
                "meeting", DAY.format(c.meetingDate()), "month", c.reportingMonth().toString())));
        List<Map<String, String>> rows = new ArrayList<>();
        for (LeadProject p : leadProjects.forActor(actor, now)) {
            rows.add(row(p));
        }
        model.put("rows", rows);
        model.put("drafts", drafts.forUser(actor).stream().map(d -> Map.of("project", d.projectId(), "month", d.month().toString(),
                "savedAt", LeadFormat.when(d.savedAt()),
                "href", "/returns/new?project=" + d.projectId() + "&month=" + d.month())).toList());
        return Html.ok(pages.render("app/my-projects.ftlh", model));
    }

    private static Map<String, String> row(LeadProject p) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", p.project().id());
        row.put("name", p.project().name());
        row.put("month", p.month().map(Object::toString).orElse(""));
        row.put("due", p.dueDate().map(DAY::format).orElse(""));
        row.put("status", p.status());
        row.put("state", p.state().name());
        row.put("reference", p.received().map(r -> r.reference()).orElse(""));
        row.put("draftSavedAt", p.draft().map(d -> LeadFormat.when(d.savedAt())).orElse(""));
        return row;
    }
}
