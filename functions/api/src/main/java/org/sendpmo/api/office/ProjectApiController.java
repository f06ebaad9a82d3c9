package org.sendpmo.api.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.project.RegistryOutcome;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.StorageUnavailable;

/**
 * The project registry as JSON, for scripts: the same service as the office pages. Problems are 422 with each
 * on its field. ({@code GET /api/projects/{id}/returns}, a lead's returns, lives with the returns api.)
 */
@Controller("/api/projects")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class ProjectApiController {

    private final ProjectRegistry registry;
    private final ProjectDirectory projects;
    private final RequestActors actors;

    public ProjectApiController(ProjectRegistry registry, ProjectDirectory projects, RequestActors actors) {
        this.registry = registry;
        this.projects = projects;
        this.actors = actors;
    }

    @Get
    public List<ProjectJson.ProjectView> list() {
        return projects.all().stream().map(ProjectJson.ProjectView::of).toList();
    }

    @Post
    public HttpResponse<?> create(HttpRequest<?> request, @Body ProjectJson.ProjectRequest body) {
        RegistryOutcome outcome = registry.create(body.toDraft(), actors.of(request));
        if (outcome instanceof RegistryOutcome.Saved s) {
            return HttpResponse.created(ProjectJson.ProjectView.of(s.project()), URI.create("/api/projects/" + s.project().id()));
        }
        return rejected(((RegistryOutcome.Rejected) outcome).problems());
    }

    @Get("/{projectId}")
    public HttpResponse<?> detail(@PathVariable String projectId) {
        return projects.find(projectId).<HttpResponse<?>>map(p -> HttpResponse.ok(ProjectJson.ProjectView.of(p)))
                .orElseGet(() -> notFound(projectId));
    }

    /** Replaces the project's details; its id stays. The stage CLOSED closes it today. */
    @Put("/{projectId}")
    public HttpResponse<?> update(HttpRequest<?> request, @PathVariable String projectId, @Body ProjectJson.ProjectRequest body) {
        RegistryOutcome outcome = registry.edit(projectId, body.toDraft(), actors.of(request));
        if (outcome instanceof RegistryOutcome.Saved s) {
            return HttpResponse.ok(ProjectJson.ProjectView.of(s.project()));
        }
        if (outcome instanceof RegistryOutcome.NotFound) {
            return notFound(projectId);
        }
        return rejected(((RegistryOutcome.Rejected) outcome).problems());
    }

    @Error(exception = StorageUnavailable.class)
    public HttpResponse<?> unavailable(StorageUnavailable e) {
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(CycleJson.Error.of(e.getMessage()));
    }

    private static HttpResponse<?> rejected(List<Problem> problems) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new CycleJson.Error("The project has "
                + problems.size() + " problem(s); nothing was stored", problems.stream().map(CycleJson.ProblemJson::of).toList()));
    }

    private static HttpResponse<?> notFound(String projectId) {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(CycleJson.Error.of("No project '" + projectId + "'"));
    }
}
