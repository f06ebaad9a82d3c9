package org.sendpmo.api.office;

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
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Map;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiDefinitionDraft;
import org.sendpmo.kpi.KpiDefinitionOutcome;
import org.sendpmo.kpi.KpiDefinitionService;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.storage.StorageUnavailable;

/** The programme office's KPI definitions: the list, add a KPI, change one. Each change is audited. */
@Controller("/office/kpis")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class KpiController {

    private final KpiStore kpis;
    private final KpiDefinitionService service;
    private final KpiPages pages;
    private final MessagePage messages;
    private final RequestActors actors;

    public KpiController(KpiStore kpis, KpiDefinitionService service, KpiPages pages, MessagePage messages, RequestActors actors) {
        this.kpis = kpis;
        this.service = service;
        this.pages = pages;
        this.messages = messages;
        this.actors = actors;
    }

    @Get
    public HttpResponse<String> list() {
        return Html.ok(pages.list(kpis.definitions()));
    }

    @Get("/new")
    public HttpResponse<String> newKpi() {
        return Html.ok(pages.form(null, Map.of(), List.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> create(HttpRequest<?> request, @Body Map<String, String> form) {
        KpiDefinitionOutcome outcome = service.create(KpiFormFields.toDraft(form), actors.of(request));
        if (outcome instanceof KpiDefinitionOutcome.Rejected r) {
            return Html.page(HttpStatus.BAD_REQUEST, pages.form(null, form, r.problems()));
        }
        return Html.seeOther("/office/kpis#kpi-" + ((KpiDefinitionOutcome.Saved) outcome).definition().id());
    }

    @Get("/{kpiId}")
    public HttpResponse<String> edit(@PathVariable String kpiId) {
        return service.find(kpiId)
                .<HttpResponse<String>>map(k -> Html.ok(pages.form(k, KpiFormFields.of(KpiDefinitionDraft.of(k)), List.of())))
                .orElseGet(() -> notFound(kpiId));
    }

    @Post("/{kpiId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> update(HttpRequest<?> request, @PathVariable String kpiId, @Body Map<String, String> form) {
        KpiDefinitionOutcome outcome = service.edit(kpiId, KpiFormFields.toDraft(form), actors.of(request));
        if (outcome instanceof KpiDefinitionOutcome.NotFound) {
            return notFound(kpiId);
        }
        if (outcome instanceof KpiDefinitionOutcome.Rejected r) {
            KpiDefinition existing = service.find(kpiId).orElseThrow();
            return Html.page(HttpStatus.BAD_REQUEST, pages.form(existing, form, r.problems()));
        }
        return Html.seeOther("/office/kpis#kpi-" + kpiId);
    }

    /** The database could not do it: say so and that nothing changed, rather than a bare 500. */
    @Error(exception = StorageUnavailable.class)
    public HttpResponse<String> unavailable(StorageUnavailable e) {
        return Html.page(HttpStatus.SERVICE_UNAVAILABLE, messages.render("Not saved", e.getMessage()));
    }

    private HttpResponse<String> notFound(String kpiId) {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("No such KPI",
                "There is no KPI '" + kpiId + "'. Go back to the KPI definitions and choose one, or add it."));
    }
}
