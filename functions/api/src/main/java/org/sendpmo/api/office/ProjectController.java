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
import org.sendpmo.adapters.sheets.ProjectSheet;
import org.sendpmo.adapters.sheets.SheetTemplates;
import org.sendpmo.api.uploads.TemplateController;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDraft;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.project.ProjectStage;
import org.sendpmo.project.RegistryOutcome;
import org.sendpmo.storage.StorageUnavailable;

/** The programme office's project registry pages: the list, add a project, change or close one. */
@Controller("/office/projects")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class ProjectController {

    private final ProjectRegistry registry;
    private final ProjectPages pages;
    private final MessagePage messages;
    private final RequestActors actors;
    private final org.sendpmo.project.ProjectDirectory projects;

    public ProjectController(ProjectRegistry registry, ProjectPages pages, MessagePage messages, RequestActors actors,
                             org.sendpmo.project.ProjectDirectory projects) {
        this.projects = projects;
        this.registry = registry;
        this.pages = pages;
        this.messages = messages;
        this.actors = actors;
    }

    @Get
    public HttpResponse<String> list() {
        return Html.ok(pages.list());
    }

    /**
     * The whole registry in the import sheet's columns ({@code project-registry.xlsx} or {@code .csv}): change it
     * and upload it again to change many projects at once.
     */
    @Get("/export/{file}")
    @Produces({TemplateController.XLSX, "text/csv", MediaType.TEXT_PLAIN})
    public HttpResponse<?> export(@PathVariable String file) {
        if (file.equals("project-registry.xlsx")) {
            return download(SheetTemplates.xlsx(ProjectSheet.SCHEMA, ProjectSheet.rows(projects.all())), "xlsx", TemplateController.XLSX);
        }
        if (file.equals("project-registry.csv")) {
            return download(SheetTemplates.csv(ProjectSheet.SCHEMA, ProjectSheet.rows(projects.all())), "csv", "text/csv; charset=utf-8");
        }
        return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("No export " + file + ": use project-registry.xlsx or project-registry.csv");
    }

    private static HttpResponse<byte[]> download(byte[] bytes, String type, String contentType) {
        return HttpResponse.ok(bytes).contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"project-registry." + type + "\"");
    }

    @Get("/new")
    public HttpResponse<String> newProject() {
        return Html.ok(pages.form(null, Map.of("stage", ProjectStage.DISCOVERY.name()), List.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> create(HttpRequest<?> request, @Body Map<String, String> form) {
        RegistryOutcome outcome = registry.create(ProjectFormFields.toDraft(form), actors.of(request));
        if (outcome instanceof RegistryOutcome.Rejected r) {
            return Html.page(HttpStatus.BAD_REQUEST, pages.form(null, form, r.problems()));
        }
        return Html.seeOther("/office/projects#project-" + ((RegistryOutcome.Saved) outcome).project().id());
    }

    @Get("/{projectId}")
    public HttpResponse<String> edit(@PathVariable String projectId) {
        return registry.find(projectId).<HttpResponse<String>>map(p -> Html.ok(pages.form(p, ProjectFormFields.of(p), List.of())))
                .orElseGet(() -> notFound(projectId));
    }

    @Post("/{projectId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> update(HttpRequest<?> request, @PathVariable String projectId, @Body Map<String, String> form) {
        return answer(projectId, registry.edit(projectId, ProjectFormFields.toDraft(form), actors.of(request)), form);
    }

    /** Closes the project as it stands: its returns stay, and it leaves the roll-ups from next month. */
    @Post("/{projectId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> close(HttpRequest<?> request, @PathVariable String projectId) {
        java.util.Optional<Project> project = registry.find(projectId);
        if (project.isEmpty()) {
            return notFound(projectId);
        }
        ProjectDraft draft = ProjectDraft.of(project.get());
        ProjectDraft closed = new ProjectDraft(draft.id(), draft.name(), draft.description(), draft.operationalGroup(),
                draft.lead(), draft.improvementAreas(), draft.priorities(), ProjectStage.CLOSED.name(), draft.startDate(),
                draft.plannedEndDate(), draft.dependencies());
        return answer(projectId, registry.edit(projectId, closed, actors.of(request)), ProjectFormFields.of(project.get()));
    }

    @Error(exception = StorageUnavailable.class)
    public HttpResponse<String> unavailable(StorageUnavailable e) {
        return Html.page(HttpStatus.SERVICE_UNAVAILABLE, messages.render("Not saved", e.getMessage()));
    }

    private HttpResponse<String> answer(String projectId, RegistryOutcome outcome, Map<String, String> form) {
        if (outcome instanceof RegistryOutcome.NotFound) {
            return notFound(projectId);
        }
        if (outcome instanceof RegistryOutcome.Rejected r) {
            return Html.page(HttpStatus.BAD_REQUEST, pages.form(registry.find(projectId).orElseThrow(), form, r.problems()));
        }
        return Html.seeOther("/office/projects#project-" + projectId);
    }

    private HttpResponse<String> notFound(String projectId) {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("No such project",
                "There is no project '" + projectId + "' in the registry. Go back to the project registry and choose one."));
    }
}
