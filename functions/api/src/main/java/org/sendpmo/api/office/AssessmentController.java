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
import java.util.ArrayList;
import java.util.HashMap;
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
import org.sendpmo.confidence.AssessedConfidence;
import org.sendpmo.confidence.AssessedConfidenceStore;
import org.sendpmo.confidence.AssessmentService;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.StorageUnavailable;

/** Assessed delivery confidence, recorded by the programme office for a board cycle (page, form, and JSON). */
@Controller
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class AssessmentController {

    private final AssessmentService assessments;
    private final AssessedConfidenceStore store;
    private final CycleRepository cycles;
    private final ProjectDirectory projects;
    private final ConfidenceSettings settings;
    private final Pages pages;
    private final MessagePage messages;
    private final SiteConfig site;
    private final Clock clock;

    public AssessmentController(AssessmentService assessments, AssessedConfidenceStore store, CycleRepository cycles,
                                ProjectDirectory projects, ConfidenceSettings settings, Pages pages, MessagePage messages,
                                SiteConfig site, Clock clock) {
        this.assessments = assessments;
        this.store = store;
        this.cycles = cycles;
        this.projects = projects;
        this.settings = settings;
        this.pages = pages;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    @io.micronaut.serde.annotation.Serdeable
    public record AssessmentJson(@Nullable String projectId, @Nullable String rating, @Nullable String note) {
    }

    @Get("/office/cycles/{cycleId}/assessments{?project,recorded}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> page(@PathVariable String cycleId, @Nullable @QueryValue String project,
                                     @Nullable @QueryValue String recorded) {
        Optional<BoardCycle> cycle = cycles.find(cycleId);
        if (cycle.isEmpty()) {
            return noCycle(cycleId);
        }
        Map<String, String> values = new HashMap<>(Map.of("projectId", project == null ? "" : project, "rating", "", "note", ""));
        return Html.ok(render(cycle.get(), values, List.of(), recorded == null ? "" : recorded));
    }

    @Post("/office/cycles/{cycleId}/assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> record(@PathVariable String cycleId, @Body Map<String, String> form, Authentication who) {
        Optional<BoardCycle> cycle = cycles.find(cycleId);
        if (cycle.isEmpty()) {
            return noCycle(cycleId);
        }
        AssessmentService.Outcome outcome;
        try {
            outcome = assessments.record(cycleId, form.get("projectId"), form.get("rating"), form.get("note"),
                    CurrentActor.of(who), clock.instant());
        } catch (StorageUnavailable e) {
            return Html.page(HttpStatus.SERVICE_UNAVAILABLE, render(cycle.get(), values(form),
                    List.of(new Problem("projectId", "", e.getMessage())), ""));
        }
        if (outcome instanceof AssessmentService.Rejected rejected) {
            return Html.page(HttpStatus.BAD_REQUEST, render(cycle.get(), values(form), rejected.problems(), ""));
        }
        if (outcome instanceof AssessmentService.NotAllowed refused) {
            return Html.page(HttpStatus.FORBIDDEN, messages.render("Not recorded", refused.message()));
        }
        String projectId = ((AssessmentService.Recorded) outcome).projectId();
        return Html.seeOther("/office/cycles/" + cycleId + "/assessments?recorded=" + URLEncoder.encode(projectId, StandardCharsets.UTF_8));
    }

    @Post("/api/cycles/{cycleId}/assessments")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> recordJson(@PathVariable String cycleId, @Body AssessmentJson body, Authentication who) {
        if (cycles.find(cycleId).isEmpty()) {
            return HttpResponse.notFound(Map.of("message", "No board cycle '" + cycleId + "'"));
        }
        AssessmentService.Outcome outcome = assessments.record(cycleId, body.projectId(), body.rating(), body.note(),
                CurrentActor.of(who), clock.instant());
        if (outcome instanceof AssessmentService.Rejected rejected) {
            return HttpResponse.badRequest(Map.of("message", "Nothing was recorded", "problems",
                    rejected.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList()));
        }
        if (outcome instanceof AssessmentService.NotAllowed refused) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("message", refused.message()));
        }
        AssessmentService.Recorded done = (AssessmentService.Recorded) outcome;
        AssessedConfidence a = done.assessment();
        return HttpResponse.created(Map.of("projectId", done.projectId(), "cycleId", cycleId, "rating", a.rating().name(),
                "assessedBy", a.assessedBy(), "assessedOn", a.assessedOn().toString(), "note", a.note()));
    }

    private String render(BoardCycle cycle, Map<String, String> values, List<Problem> problems, String recorded) {
        Map<String, AssessedConfidence> inForce = store.forCycle(cycle.id());
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> projectOptions = new ArrayList<>(List.of(Map.of("value", "", "label", "Choose a project")));
        projects.all().forEach(p -> {
            AssessedConfidence a = inForce.get(p.id());
            rows.add(Map.of("projectId", p.id(), "projectName", p.name(), "rating", a == null ? "" : a.rating().label(),
                    "assessedBy", a == null ? "" : a.assessedBy(), "assessedOn", a == null ? "" : a.assessedOn().toString(),
                    "note", a == null ? "" : a.note()));
            projectOptions.add(Map.of("value", p.id(), "label", p.id() + " " + p.name()));
        });
        Map<String, String> errorFor = new HashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Assessed delivery confidence");
        model.put("programmeName", site.getProgrammeName());
        model.put("cycle", cycle);
        model.put("rows", rows);
        model.put("values", values);
        model.put("errorFor", errorFor);
        model.put("problems", problems);
        model.put("projectOptions", projectOptions);
        model.put("ratingOptions", settings.scale().levels().stream()
                .map(r -> Map.of("value", r.name(), "label", r.label(), "hint", settings.definition(r))).toList());
        model.put("recorded", recorded);
        return pages.render("app/assessments.ftlh", model);
    }

    private static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("projectId", "rating", "note")) {
            values.put(field, form.getOrDefault(field, ""));
        }
        return values;
    }

    private HttpResponse<String> noCycle(String cycleId) {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("No such board cycle",
                "There is no board cycle '" + cycleId + "'. Go back to the programme office page and choose one."));
    }
}
