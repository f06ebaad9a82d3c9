package org.sendpmo.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.sendpmo.lead.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's stand-in for the reminders of the pack-builder's EventBridge schedule: on the same timer as
 * the scheduled build check ({@code assurance.schedule.local-interval}), it emails each lead whose return is not
 * in yet once it is {@code assurance.reminders.working-days-before-due} working days from its due date. Off
 * unless {@code assurance.schedule.local-enabled} is true, as the build check is.
 */
@Singleton
@Requires(property = "assurance.schedule.local-enabled", value = "true")
@Requires(beans = Reminders.class)
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;

    public ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "${assurance.schedule.local-interval:1h}")
    public void check() {
        Reminders.Run run = reminders.sendDue(clock.instant());
        if (run.sent() > 0) {
            LOG.info("Reminders for {}: {} emailed (see the outbox)", run.day(), run.sent());
        }
        run.failed().forEach(f -> LOG.warn("Reminder not sent, tried again next check: {}", f));
    }
}
