package org.sendpmo.packbuilder;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.sendpmo.access.Actor;
import org.sendpmo.pack.BoardPackJobs;
import org.sendpmo.pack.BuildRequestOutcome;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.ScheduledBuilds;

/**
 * Lambda 3: builds and publishes one cycle's pack. Invoked asynchronously by the api (with the id of the
 * build it queued, or, with the kind {@code board-pack}, of a build whose PDF board pack it asked for), with
 * only a cycle id (queued here, as the product), or by an EventBridge schedule, when it queues and runs, one
 * after another, every scheduled build due now ({@link ScheduledBuilds}). A failed build or PDF is recorded
 * (on the build, on the PDF's job) and returned, not thrown, so Lambda does not retry what failed for a
 * reason a retry cannot fix.
 */
public class PackBuilderHandler extends MicronautRequestHandler<BuildRequest, BuildResponse> {

    /** From {@code org.sendpmo.adapters.wiring.DomainFactory}. */
    @Inject
    PackBuildService packBuildService;

    @Inject
    BuildRequests buildRequests;

    @Inject
    ScheduledBuilds scheduledBuilds;

    @Inject
    BoardPackJobs boardPackJobs;

    /**
     * Reminders go with the scheduled check, where the function knows who leads each project (a
     * {@link org.sendpmo.chase.ProjectLeads}: in AWS the user pool's project-lead group, whose id infra
     * sets); where it does not, there are none to send.
     */
    @Inject
    io.micronaut.context.BeanProvider<org.sendpmo.lead.Reminders> reminders;

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
        if (input != null && input.scheduled()) {
            return runScheduled();
        }
        if (input != null && input.boardPack()) {
            return makeBoardPack(input, boardPackJobs);
        }
        return handle(input, packBuildService, buildRequests);
    }

    /** The scheduled check: every due build run here, in turn; the response counts them and names any that failed. */
    private BuildResponse runScheduled() {
        ScheduledBuilds.Run run = scheduledBuilds.queueDue();
        int failed = 0;
        StringBuilder message = new StringBuilder("Scheduled builds for " + run.day() + ": " + run.queued().size() + " due");
        for (PackBuild queued : run.queued()) {
            PackBuild done = packBuildService.run(queued.id());
            if (done.status() != org.sendpmo.pack.BuildStatus.SUCCEEDED) {
                failed++;
                message.append("; ").append(done.cycleId()).append(" failed: ").append(done.message());
            }
        }
        run.skipped().forEach(s -> message.append("; skipped: ").append(s));
        message.append(remind());
        return new BuildResponse(failed == 0 ? "SCHEDULED" : "FAILED", null, null, 0, message.toString());
    }

    /** Sends the reminders due now; what it did, for the response's message. */
    private String remind() {
        if (reminders == null || !reminders.isPresent()) {
            return "; reminders: no lead directory in this function";
        }
        org.sendpmo.lead.Reminders.Run run = reminders.get().sendDue(java.time.Instant.now());
        return "; reminders: " + run.sent() + " sent" + (run.failed().isEmpty() ? "" : ", " + run.failed().size()
                + " not sent (tried again next time): " + String.join("; ", run.failed()));
    }

    /** A build's PDF board pack: made, or failed with the reason, as its job records. */
    static BuildResponse makeBoardPack(BuildRequest request, BoardPackJobs jobs) {
        String cycleId = blankToNull(request.cycleId());
        String buildId = blankToNull(request.buildId());
        if (cycleId == null || buildId == null) {
            return new BuildResponse("REJECTED", cycleId, buildId, 0, "A PDF board pack needs the cycleId and the buildId");
        }
        return jobs.run(cycleId, buildId)
                .map(job -> new BuildResponse(job.status().name(), cycleId, buildId, 0, job.message()))
                .orElseGet(() -> new BuildResponse("NOT_FOUND", cycleId, buildId, 0, "Cycle " + cycleId + " has no build " + buildId));
    }

    /** The whole of the handler's logic for one build, separate from the application context so it can be tested alone. */
    static BuildResponse handle(BuildRequest request, PackBuildService service, BuildRequests requests) {
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
        BuildRequestOutcome outcome = requests.queue(cycleId, Actor.SYSTEM, null);
        if (outcome instanceof BuildRequestOutcome.Queued q) {
            return response(service.run(q.build().id()));
        }
        if (outcome instanceof BuildRequestOutcome.Refused r) {
            return new BuildResponse("REFUSED", cycleId, null, 0, r.message());
        }
        return new BuildResponse("NOT_FOUND", cycleId, null, 0, "No board cycle " + cycleId);
    }

    private static BuildResponse response(PackBuild build) {
        return new BuildResponse(build.status().name(), build.cycleId(), build.id(), build.pages(),
                build.message() == null ? "" : build.message());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
