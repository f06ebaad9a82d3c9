package org.sendpmo.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.sendpmo.pack.BuildLauncher;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.ScheduledBuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's stand-in for the EventBridge schedule: every {@code assurance.schedule.local-interval} it
 * makes the same "what is due now" check as the pack-builder function's scheduled event, and starts what it
 * queued on the build thread. Off unless {@code assurance.schedule.local-enabled} is true (the local run
 * turns it on; tests leave it off so nothing builds on its own).
 */
@Singleton
@Requires(property = "assurance.schedule.local-enabled", value = "true")
public class ScheduledBuildJob {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBuildJob.class);

    private final ScheduledBuilds scheduled;
    private final BuildLauncher launcher;

    public ScheduledBuildJob(ScheduledBuilds scheduled, BuildLauncher launcher) {
        this.scheduled = scheduled;
        this.launcher = launcher;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "${assurance.schedule.local-interval:1h}")
    public void check() {
        ScheduledBuilds.Run run = scheduled.queueDue();
        for (PackBuild build : run.queued()) {
            LOG.info("Scheduled build {} of {} for {}", build.id(), build.cycleId(), run.day());
            launcher.launch(build);
        }
        run.skipped().forEach(s -> LOG.info("Scheduled build skipped: {}", s));
    }
}
