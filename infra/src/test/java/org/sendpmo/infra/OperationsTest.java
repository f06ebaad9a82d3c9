package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** The daily build check, the alarms and where they go, and the dashboard. */
class OperationsTest {
    private final Synthesised s = Synthesised.stack();

    @Test
    void aDailyScheduleInvokesThePackBuildersLiveAliasWithADeadLetterQueue() {
        s.template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 7 * * ? *)",
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", Match.stringLikeRegexp("FunctionsPackBuilderLive.*")),
                        "DeadLetterConfig", Match.objectLike(Map.of("Arn", Match.anyValue())),
                        "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 4))))))));
    }

    @Test
    void eachFunctionsErrorsAndTheFailureQueueAlarmToTheTopic() {
        Map<String, Object> toTopic = Map.of("AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("OperationsAlarms.*"))));
        for (String metric : List.of("Errors", "ApproximateNumberOfMessagesVisible")) {
            s.template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "MetricName", metric, "Threshold", 1, "TreatMissingData", "notBreaching")));
        }
        s.template.resourcePropertiesCountIs("AWS::CloudWatch::Alarm", Match.objectLike(toTopic), 4);
        s.template.resourcePropertiesCountIs("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("MetricName", "Errors")), 3);
        s.template.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "alarms@example.org", "TopicArn", Match.anyValue()));
    }

    @Test
    void thereIsOneDashboard() {
        s.template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }
}
