package org.sendpmo.infra;

import java.util.Map;
import java.util.TreeMap;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/** Days to CloudWatch's enumerated retention periods: any other number is refused at synthesis, not at deploy. */
final class LogRetention {
    private static final Map<Integer, RetentionDays> BY_DAYS = new TreeMap<>(Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS),
            Map.entry(5, RetentionDays.FIVE_DAYS), Map.entry(7, RetentionDays.ONE_WEEK),
            Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS),
            Map.entry(120, RetentionDays.FOUR_MONTHS), Map.entry(150, RetentionDays.FIVE_MONTHS),
            Map.entry(180, RetentionDays.SIX_MONTHS), Map.entry(365, RetentionDays.ONE_YEAR),
            Map.entry(400, RetentionDays.THIRTEEN_MONTHS), Map.entry(545, RetentionDays.EIGHTEEN_MONTHS),
            Map.entry(731, RetentionDays.TWO_YEARS), Map.entry(1096, RetentionDays.THREE_YEARS),
            Map.entry(1827, RetentionDays.FIVE_YEARS), Map.entry(2192, RetentionDays.SIX_YEARS),
            Map.entry(2557, RetentionDays.SEVEN_YEARS), Map.entry(2922, RetentionDays.EIGHT_YEARS),
            Map.entry(3288, RetentionDays.NINE_YEARS), Map.entry(3653, RetentionDays.TEN_YEARS)));

    private LogRetention() {
    }

    /** A log group of this stack's own, kept for the configured days and removed with the stack. */
    static LogGroup group(Construct scope, String id, InfraConfig config) {
        return LogGroup.Builder.create(scope, id)
                .retention(of(config.logRetentionDays()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }

    static RetentionDays of(int days) {
        RetentionDays r = BY_DAYS.get(days);
        if (r == null) {
            throw new IllegalArgumentException("logRetentionDays must be one of CloudWatch's values " + BY_DAYS.keySet() + ", was " + days);
        }
        return r;
    }
}
