package org.sendpmo.infra;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Alarms to an SNS topic (mailed to alarmEmail when given) and one dashboard. Any function error and any
 * message in the failures queue alarms: a failed ingest or build means a return, upload or pack that did
 * not happen, which someone must look at, so there is no tolerance threshold.
 */
final class Operations extends Construct {
    final Topic alarms;

    Operations(Construct scope, String id, InfraConfig config, Functions functions, HttpEntry http) {
        super(scope, id);
        alarms = Topic.Builder.create(this, "Alarms").displayName("SEND assurance alarms").enforceSsl(true).build();
        config.alarmEmail().ifPresent(email -> alarms.addSubscription(new EmailSubscription(email)));
        SnsAction notify = new SnsAction(alarms);
        MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();

        List<IWidget> widgets = new ArrayList<>();
        for (AssuranceFunction f : functions.all()) {
            String name = f.getNode().getId();
            Alarm errors = f.function.metricErrors(fiveMinutes).createAlarm(this, name + "Errors",
                    CreateAlarmOptions.builder()
                            .alarmDescription("The " + name + " function failed (any error; its log group says why)")
                            .threshold(1).evaluationPeriods(1)
                            .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                            .treatMissingData(TreatMissingData.NOT_BREACHING).build());
            errors.addAlarmAction(notify);
            widgets.add(GraphWidget.Builder.create().title(name + ": invocations and errors")
                    .left(List.of(f.function.metricInvocations(fiveMinutes), f.function.metricErrors(fiveMinutes)))
                    .right(List.of(f.function.metricDuration(MetricOptions.builder().period(Duration.minutes(5)).statistic("p90").build())))
                    .width(8).build());
        }
        Alarm failed = functions.failures.metricApproximateNumberOfMessagesVisible(
                        MetricOptions.builder().period(Duration.minutes(5)).statistic("Maximum").build())
                .createAlarm(this, "FailedInvocations", CreateAlarmOptions.builder()
                        .alarmDescription("An S3 event, scheduled check or build request failed after retries: read the queue's messages")
                        .threshold(1).evaluationPeriods(1)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                        .treatMissingData(TreatMissingData.NOT_BREACHING).build());
        failed.addAlarmAction(notify);
        widgets.add(GraphWidget.Builder.create().title("Failed invocations waiting")
                .left(List.of(functions.failures.metricApproximateNumberOfMessagesVisible())).width(8).build());
        widgets.add(GraphWidget.Builder.create().title("HTTP API: requests, 4xx, 5xx")
                .left(List.of(http.api.metricCount(fiveMinutes), http.api.metricClientError(fiveMinutes), http.api.metricServerError(fiveMinutes)))
                .width(8).build());
        widgets.add(GraphWidget.Builder.create().title("HTTP API latency (p90, ms)")
                .left(List.of(http.api.metricLatency(MetricOptions.builder().period(Duration.minutes(5)).statistic("p90").build())))
                .width(8).build());
        // rows of three: a dashboard is 24 columns wide
        List<List<IWidget>> rows = new ArrayList<>();
        for (int i = 0; i < widgets.size(); i += 3) {
            rows.add(widgets.subList(i, Math.min(i + 3, widgets.size())));
        }
        Dashboard.Builder.create(this, "Dashboard").widgets(rows).build();
    }
}
