package org.sendpmo.api.lead;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.returns.LeadFormat;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.scoring.Methodology;

/**
 * A project's past returns, every version, newest first, and each version read-only. A lead reads only the
 * projects they lead; the programme office reads every project.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.PROJECT_LEAD, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class ReturnHistoryController {


    private final RequestActors actors;
    private final ReturnLedger ledger;
    private final ProjectDirectory projects;
    private final Methodology methodology;
    private final Pages pages;
    private final MessagePage messages;
    private final SiteConfig site;

    public ReturnHistoryController(ReturnLedger ledger, ProjectDirectory projects, Methodology methodology, Pages pages,
                                   MessagePage messages, SiteConfig site, RequestActors actors) {
        this.actors = actors;
        this.ledger = ledger;
        this.projects = projects;
        this.methodology = methodology;
        this.pages = pages;
        this.messages = messages;
        this.site = site;
    }

    @Get("/projects/{projectId}/returns")
    public HttpResponse<String> history(@PathVariable String projectId, Authentication who) {
        Actor actor = actors.of(who);
        Optional<Project> project = projects.find(projectId);
        if (project.isEmpty()) {
            return Html.page(HttpStatus.NOT_FOUND, messages.render("Project not found", "There is no project " + projectId + "."));
        }
        if (!actor.mayReportOn(projectId)) {
            return Html.page(HttpStatus.FORBIDDEN, messages.render("Not one of your projects",
                    "You can read the returns only of the projects you lead, and " + projectId
                            + " is not one of them. If you now lead it, ask the programme office to add it to your account."));
        }
        Map<String, Object> model = base("Returns for " + projectId + " " + project.get().name());
        model.put("project", project.get());
        model.put("versions", ledger.history(projectId).stream().map(ReturnHistoryController::summary).toList());
        return Html.ok(pages.render("app/return-history.ftlh", model));
    }

    /** One version, read-only. Another project's version reads as not found: its reference tells nothing. */
    @Get("/returns/versions{?key}")
    public HttpResponse<String> version(@QueryValue(defaultValue = "") String key, Authentication who) {
        Actor actor = actors.of(who);
        Optional<RecordedReturn> found = RawKey.isReturnKey(key) ? ledger.findByRawKey(new RawKey(key)) : Optional.empty();
        if (found.isEmpty() || !actor.mayReportOn(found.get().content().projectId())) {
            return Html.page(HttpStatus.NOT_FOUND, messages.render("Return not found",
                    "No return with that reference has been recorded for a project you lead. Check the link."));
        }
        RecordedReturn r = found.get();
        Project project = projects.find(r.content().projectId()).orElseThrow();
        Map<String, Object> model = base(project.id() + " return for " + r.content().reportingMonth() + ", version " + r.version());
        model.put("project", project);
        model.put("recorded", r);
        model.put("summary", summary(r));
        model.put("rules", methodology.orderedRules());
        return Html.ok(pages.render("app/return-version.ftlh", model));
    }

    private Map<String, Object> base(String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("programmeName", site.getProgrammeName());
        return model;
    }

    private static Map<String, String> summary(RecordedReturn r) {
        return Map.of("month", r.content().reportingMonth().toString(), "version", String.valueOf(r.version()),
                "received", LeadFormat.when(r.receivedAt()),
                "rag", r.content().overallRag().label(), "reference", r.reference(), "key", r.rawKey().value(),
                "submittedBy", r.content().submittedBy());
    }

}
