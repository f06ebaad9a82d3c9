package org.sendpmo.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/**
 * What starts work without a person: a new object in the raw bucket starts ingest, and a daily schedule
 * asks the pack-builder to build every cycle whose pack is due (the application decides which).
 * Both invoke asynchronously, so a failure ends in the failures queue after Lambda's retries.
 */
final class Triggers extends Construct {
    Triggers(Construct scope, String id, InfraConfig config, Storage storage, Functions functions) {
        super(scope, id);
        LambdaDestination ingest = new LambdaDestination(functions.ingest.live);
        for (String prefix : Functions.RAW_PREFIXES) {
            storage.raw.addEventNotification(EventType.OBJECT_CREATED, ingest,
                    NotificationKeyFilter.builder().prefix(prefix).build());
        }
        Rule.Builder.create(this, "DailyBuilds")
                .description("Daily scheduled-build check: the pack-builder queues every build due today (README: Scheduled builds)")
                .schedule(Schedule.cron(CronOptions.builder().minute("0").hour(Integer.toString(config.buildHourUtc())).build()))
                .targets(List.of(LambdaFunction.Builder.create(functions.packBuilder.live)
                        // if EventBridge cannot even deliver the event, it goes to the same queue
                        .deadLetterQueue(functions.failures)
                        .retryAttempts(4)
                        .maxEventAge(Duration.hours(2))
                        .build()))
                .build();
    }
}
