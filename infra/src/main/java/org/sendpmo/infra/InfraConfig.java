package org.sendpmo.infra;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the stack is told rather than looks up, so that synthesis runs offline and the tests can
 * pass a small temporary jar instead of the shaded ones. {@link Main} reads these from CDK context
 * ({@code -c name=value} or cdk.json); README "Deploying" lists them.
 *
 * @param apiJar                   the api function's shaded jar (functions/api/target/api-lambda.jar)
 * @param ingestJar                the ingest function's shaded jar
 * @param packBuilderJar           the pack-builder function's shaded jar
 * @param rawRetentionDays         Object Lock (governance) retention of each raw upload, in days
 * @param noncurrentVersionDays    days before a replaced or deleted object version is removed
 * @param logRetentionDays         days the functions' and the API's logs are kept (a CloudWatch value)
 * @param alarmEmail               where alarms are mailed, if anywhere (the SNS topic exists regardless)
 * @param domainName               the site's own domain name, if any (otherwise the execute-api URL)
 * @param certificateArn           the ACM certificate for domainName (required with it; no lookups)
 * @param buildHourUtc             the hour (UTC) of the daily scheduled-build check
 * @param buildDaysBeforeMeeting   working days before a meeting that scheduled builds start
 * @param dbMinCapacity            Aurora Serverless v2 minimum ACUs (0 lets it pause when idle)
 * @param dbMaxCapacity            Aurora Serverless v2 maximum ACUs
 * @param deletionProtection       database and user pool deletion protection (off only for trial stacks)
 * @param authDomainPrefix         the prefix of the user pool's managed login domain
 *                                 (https://&lt;prefix&gt;.auth.&lt;region&gt;.amazoncognito.com), unique in the
 *                                 region; by default the stack's name and the account id
 * @param secretsVersion           change it to make a deploy re-read the secrets (dynamic references are
 *                                 resolved only when the resource using them changes)
 * @param mailFrom                 the address chases, receipts and reminders are sent from with Amazon SES (an
 *                                 identity verified in SES, the address or its domain); without it nothing is mailed
 */
public record InfraConfig(
        String apiJar,
        String ingestJar,
        String packBuilderJar,
        int rawRetentionDays,
        int noncurrentVersionDays,
        int logRetentionDays,
        Optional<String> alarmEmail,
        Optional<String> domainName,
        Optional<String> certificateArn,
        int buildHourUtc,
        int buildDaysBeforeMeeting,
        double dbMinCapacity,
        double dbMaxCapacity,
        boolean deletionProtection,
        String secretsVersion,
        Optional<String> authDomainPrefix,
        Optional<String> mailFrom) {

    public InfraConfig {
        Objects.requireNonNull(apiJar, "apiJar");
        Objects.requireNonNull(ingestJar, "ingestJar");
        Objects.requireNonNull(packBuilderJar, "packBuilderJar");
        if (rawRetentionDays < 1) {
            throw new IllegalArgumentException("rawRetentionDays must be at least 1, was " + rawRetentionDays);
        }
        if (noncurrentVersionDays < 1) {
            throw new IllegalArgumentException("noncurrentVersionDays must be at least 1, was " + noncurrentVersionDays);
        }
        if (buildHourUtc < 0 || buildHourUtc > 23) {
            throw new IllegalArgumentException("buildHourUtc must be 0-23, was " + buildHourUtc);
        }
        if (domainName.isPresent() != certificateArn.isPresent()) {
            throw new IllegalArgumentException("domainName and certificateArn go together (no certificate lookups)");
        }
        if (dbMinCapacity < 0 || dbMaxCapacity < Math.max(1, dbMinCapacity)) {
            throw new IllegalArgumentException("need 0 <= dbMinCapacity <= dbMaxCapacity and dbMaxCapacity >= 1");
        }
        // Cognito's rule for prefix domains, and its reserved words
        if (authDomainPrefix.isPresent() && (!authDomainPrefix.get().matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
                || authDomainPrefix.get().matches(".*(aws|amazon|cognito).*"))) {
            throw new IllegalArgumentException("authDomainPrefix must be lower-case letters, digits and hyphens (at most 63), "
                    + "without aws, amazon or cognito; was " + authDomainPrefix.get());
        }
        if (mailFrom.isPresent() && !mailFrom.get().matches("[^@\\s]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            throw new IllegalArgumentException("mailFrom must be an email address, was " + mailFrom.get());
        }
        // validated here rather than at deploy time: CloudWatch accepts only its listed values
        LogRetention.of(logRetentionDays);
    }

    /** The defaults a council would start from, with the three jars given. */
    public static InfraConfig defaults(String apiJar, String ingestJar, String packBuilderJar) {
        return fromContext(apiJar, ingestJar, packBuilderJar, name -> null);
    }

    /**
     * Reads the optional settings through {@code context} (the CDK app's context in {@link Main}); a
     * setting it does not know keeps its default.
     */
    public static InfraConfig fromContext(String apiJar, String ingestJar, String packBuilderJar,
                                          Function<String, Object> context) {
        Settings s = new Settings(context);
        return new InfraConfig(apiJar, ingestJar, packBuilderJar,
                // about seven years: a common council retention period for programme records
                s.integer("rawRetentionDays", 2557),
                s.integer("noncurrentVersionDays", 90),
                s.integer("logRetentionDays", 365),
                s.text("alarmEmail"),
                s.text("domainName"),
                s.text("certificateArn"),
                s.integer("buildHourUtc", 7),
                s.integer("buildDaysBeforeMeeting", 2),
                // 0.5 ACU stays warm (first request after a quiet night is not 15 s late); 0 pauses
                s.decimal("dbMinCapacity", 0.5),
                s.decimal("dbMaxCapacity", 4),
                s.bool("deletionProtection", true),
                s.text("secretsVersion").orElse("1"),
                s.text("authDomainPrefix"),
                s.text("mailFrom"));
    }

    /** Context values arrive as strings from the command line and as JSON types from cdk.json. */
    private record Settings(Function<String, Object> context) {
        Optional<String> text(String name) {
            Object v = context.apply(name);
            return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().trim());
        }

        int integer(String name, int fallback) {
            return text(name).map(v -> Integer.parseInt(v.replaceAll("\\.0$", ""))).orElse(fallback);
        }

        double decimal(String name, double fallback) {
            return text(name).map(Double::parseDouble).orElse(fallback);
        }

        boolean bool(String name, boolean fallback) {
            return text(name).map(Boolean::parseBoolean).orElse(fallback);
        }
    }
}
