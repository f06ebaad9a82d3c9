package org.sendpmo.packbuilder;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;

/**
 * Lambda 3: builds and publishes one cycle's pack. Invoked asynchronously by the api (with the id of the
 * build it queued) or on a schedule (with only the cycle id). A failed build is recorded on the build and
 * returned, not thrown, so Lambda does not retry a build that failed for a reason a retry cannot fix.
 */
public class PackBuilderHandler extends MicronautRequestHandler<BuildRequest, BuildResponse> {

    /** From {@code org.sendpmo.adapters.wiring.DomainFactory}. */
    @Inject
    PackBuildService packBuildService;

    /** Used by the Lambda runtime. */
    public PackBuilderHandler() {
        super();
    }

    /** For tests and the local run: the handler in an application context that already exists. */
    public PackBuilderHandler(io.micronaut.context.ApplicationContext context) {
        super(context);
    }

    @Override
    public BuildResponse execute(BuildRequest input) {
        return handle(input, packBuildService);
    }

    /** The whole of the handler's logic, separate from the application context so it can be tested alone. */
    static BuildResponse handle(BuildRequest request, PackBuildService service) {
        if (request == null) {
            return new BuildResponse("REJECTED", null, null, 0, "Empty request: send a cycleId, or the buildId of a queued build");
        }
        String buildId = blankToNull(request.buildId());
        String cycleId = blankToNull(request.cycleId());
        if (buildId != null) {
            try {
                return response(service.run(buildId));
            } catch (IllegalArgumentException e) {
                return new BuildResponse("NOT_FOUND", cycleId, buildId, 0, "No build " + buildId);
            }
        }
        if (cycleId == null) {
            return new BuildResponse("REJECTED", null, null, 0, "Send a cycleId, or the buildId of a queued build");
        }
        return service.buildNow(cycleId).map(PackBuilderHandler::response)
                .orElseGet(() -> new BuildResponse("NOT_FOUND", cycleId, null, 0, "No board cycle " + cycleId));
    }

    private static BuildResponse response(PackBuild build) {
        return new BuildResponse(build.status().name(), build.cycleId(), build.id(), build.pages(),
                build.message() == null ? "" : build.message());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
