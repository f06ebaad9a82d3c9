package org.sendpmo.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The three functions, their configuration (the environment variables application.yml reads) and what
 * each may touch. No function deletes anything, and each reaches only the key prefixes it uses.
 *
 * <p>The database password and the session secret reach the functions as CloudFormation dynamic
 * references, resolved at deploy into the (KMS-encrypted) function configuration: the application reads
 * plain settings and has no Secrets Manager client yet. So the roles need no secret access, and a
 * rotated secret takes effect at the next deploy (README "Deploying" says so).
 */
final class Functions extends Construct {
    /** The api's JVM flags (JAVA_TOOL_OPTIONS), chosen for its cold start. */
    static final String API_JVM_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    static final String API_HANDLER = "org.sendpmo.api.lambda.ApiHandler";
    static final String INGEST_HANDLER = "org.sendpmo.ingest.IngestHandler";
    static final String PACK_BUILDER_HANDLER = "org.sendpmo.packbuilder.PackBuilderHandler";
    /** The raw bucket's prefixes: returns (form and API), uploads (spreadsheets), checks (upload checks). */
    static final List<String> RAW_PREFIXES = List.of("returns/", "uploads/", "checks/");

    final Queue failures;
    final Secret sessionSecret;
    final AssuranceFunction api;
    final AssuranceFunction ingest;
    final AssuranceFunction packBuilder;

    Functions(Construct scope, String id, InfraConfig config, Network network, Storage storage, Database db, Auth auth,
              String origin) {
        super(scope, id);
        failures = Queue.Builder.create(this, "FailedInvocations")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                // the longest SQS allows: time to read, fix and replay an event after an alarm
                .retentionPeriod(Duration.days(14))
                .build();
        sessionSecret = Secret.Builder.create(this, "SessionSecret")
                .description("Signs the api's session cookies (ASSURANCE_SESSION_SECRET); changing it signs everyone out")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .build();

        Map<String, String> common = new HashMap<>();
        common.put("DATASOURCES_DEFAULT_URL", db.jdbcUrl());
        common.put("DATASOURCES_DEFAULT_USERNAME", Database.USER);
        common.put("DATASOURCES_DEFAULT_PASSWORD", db.secret.secretValueFromJson("password").unsafeUnwrap());
        // application.yml defaults to H2 for tests and the local run
        common.put("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "org.postgresql.Driver");
        common.put("ASSURANCE_STORAGE_RAW_BUCKET", storage.raw.getBucketName());
        common.put("ASSURANCE_STORAGE_SITE_BUCKET", storage.site.getBucketName());
        common.put("ASSURANCE_STORAGE_REGION", Stack.of(this).getRegion());
        // read by nobody: changing it (-c secretsVersion=…) changes the functions, so CloudFormation
        // resolves the secrets' dynamic references again after a rotation
        common.put("INFRA_SECRETS_VERSION", config.secretsVersion());

        // pack-builder: a build reads the cycle, runs the 10,000-sample stability analysis on two threads
        // and renders 50-odd pages (15 s cold, 1-6 s warm here); 3008 MB buys two vCPUs. A scheduled run
        // builds every due cycle one after another, hence the 15-minute maximum. It also makes the PDF board
        // pack the api asks for at sign-off (kind board-pack: 20-60 s at 1,000 projects), which the api's
        // jar no longer carries the library for.
        // The scheduled run also sends the reminders (Reminders), so like the api it reaches Cognito
        // through the NAT gateway for the leads' addresses and mails them.
        Map<String, String> mailToLeads = mailToLeads(config, auth, origin);
        Map<String, String> packEnv = new HashMap<>(common);
        packEnv.putAll(mailToLeads);
        packEnv.put("ASSURANCE_SCHEDULE_BUILD_DAYS_BEFORE_MEETING", Integer.toString(config.buildDaysBeforeMeeting()));
        packBuilder = new AssuranceFunction(this, "PackBuilder",
                new AssuranceFunction.Spec(config.packBuilderJar(), PACK_BUILDER_HANDLER, 3008, Duration.minutes(15), packEnv, true, true),
                config, network, failures);

        // ingest: one upload at a time; a 10 MB XLSX risk register is parsed in memory by POI (the CSV
        // of 10,000 rows peaks at 130 MB of heap, XLSX several times that); 2048 MB and 5 minutes
        // leave room for the largest file the api accepts (10 MB).
        ingest = new AssuranceFunction(this, "Ingest",
                new AssuranceFunction.Spec(config.ingestJar(), INGEST_HANDLER, 2048, Duration.minutes(5), common, true, false),
                config, network, failures);

        // api: pages and JSON, and the pack zip built in memory (about 2 MB); 2048 MB buys more than one
        // vCPU, which shortens page rendering and the restore from a snapshot. 29 s: the HTTP API stops
        // waiting at 30 s anyway.
        Map<String, String> apiEnv = new HashMap<>(common);
        apiEnv.put("ASSURANCE_SESSION_SECRET", sessionSecret.getSecretValue().unsafeUnwrap());
        apiEnv.put("ASSURANCE_BUILD_LAUNCHER", "lambda");
        apiEnv.put("ASSURANCE_BUILD_PACK_BUILDER_FUNCTION", packBuilder.live.getFunctionArn());
        apiEnv.put("ASSURANCE_UPLOADS_LAUNCHER", "s3-event");
        // Cold start: the C1 compiler only, as AWS advises for Lambda Java; a request is short, so C2's
        // later, faster code rarely pays for compiling it (README "Cold start" has the measured effect).
        // Not for the pack-builder and ingest, whose long builds and large files want C2.
        apiEnv.put("JAVA_TOOL_OPTIONS", API_JVM_OPTIONS);
        apiEnv.put("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_COGNITO_URL", auth.issuerUrl() + "/.well-known/jwks.json");
        apiEnv.put("MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_ISSUER", auth.issuerUrl());
        // browser sign-in through the managed login pages (README "Users, roles and sign-in", In AWS)
        apiEnv.put("ASSURANCE_COGNITO_DOMAIN", auth.domain.baseUrl());
        apiEnv.put("ASSURANCE_COGNITO_CLIENT_ID", auth.webClient.getUserPoolClientId());
        apiEnv.put("ASSURANCE_COGNITO_CALLBACK_URL", origin + Auth.CALLBACK_PATH);
        apiEnv.put("ASSURANCE_COGNITO_SIGN_OUT_URL", origin + Auth.SIGNED_OUT_PATH);
        apiEnv.putAll(mailToLeads);
        api = new AssuranceFunction(this, "Api",
                new AssuranceFunction.Spec(config.apiJar(), API_HANDLER, 2048, Duration.seconds(29), apiEnv, false, true),
                config, network, failures);

        for (String prefix : RAW_PREFIXES) {
            api.allow(objects(storage.raw, prefix, "s3:GetObject", "s3:PutObject"));
        }
        api.allow(list(storage.raw));
        api.allow(objects(storage.site, "", "s3:GetObject"));
        api.allow(list(storage.site));
        // builds and the sign-off PDF board pack, both started asynchronously through the live alias
        packBuilder.live.grantInvoke(api.function);
        allowToMailLeads(api, config, auth);
        // the user directory (CognitoUserDirectory): the registry's form offers the pool's users as leads and an
        // imported registry file's leads are checked against them; their roles come from ListUsersInGroup (above)
        api.allow(PolicyStatement.Builder.create().actions(List.of("cognito-idp:ListUsers"))
                .resources(List.of(auth.pool.getUserPoolArn())).build());
        allowToMailLeads(packBuilder, config, auth);

        ingest.allow(objects(storage.raw, "", "s3:GetObject"));
        ingest.allow(list(storage.raw));

        packBuilder.allow(objects(storage.raw, "", "s3:GetObject"));
        packBuilder.allow(list(storage.raw));
        packBuilder.allow(objects(storage.site, "", "s3:GetObject", "s3:PutObject"));
        packBuilder.allow(list(storage.site));
    }

    /**
     * What a function that mails project leads (the api's chases and receipts, the pack-builder's
     * reminders) reads: the pool whose project-lead group says who leads what, the site's address for the
     * links, and, with a mailFrom address, SES as the sender.
     */
    private Map<String, String> mailToLeads(InfraConfig config, Auth auth, String origin) {
        Map<String, String> env = new HashMap<>();
        env.put("ASSURANCE_COGNITO_USER_POOL_ID", auth.pool.getUserPoolId());
        env.put("ASSURANCE_SITE_PUBLIC_BASE_URL", origin);
        config.mailFrom().ifPresent(from -> {
            env.put("ASSURANCE_MAIL_SENDER", "ses");
            env.put("ASSURANCE_MAIL_FROM", from);
            env.put("ASSURANCE_MAIL_SES_REGION", Stack.of(this).getRegion());
        });
        return env;
    }

    /**
     * Reading the project-lead group's members (CognitoProjectLeads), nothing else in the pool; and
     * sending from the verified address (or its domain) only. Both reached through the NAT gateway.
     */
    private void allowToMailLeads(AssuranceFunction function, InfraConfig config, Auth auth) {
        function.allow(PolicyStatement.Builder.create().actions(List.of("cognito-idp:ListUsersInGroup"))
                .resources(List.of(auth.pool.getUserPoolArn())).build());
        config.mailFrom().ifPresent(from -> function.allow(PolicyStatement.Builder.create().actions(List.of("ses:SendEmail"))
                .resources(List.of(sesIdentity(from), sesIdentity(from.substring(from.indexOf('@') + 1)))).build()));
    }

    private String sesIdentity(String identity) {
        return "arn:" + Stack.of(this).getPartition() + ":ses:" + Stack.of(this).getRegion() + ":"
                + Stack.of(this).getAccount() + ":identity/" + identity;
    }

    private static PolicyStatement objects(IBucket bucket, String prefix, String... actions) {
        return PolicyStatement.Builder.create().actions(List.of(actions))
                .resources(List.of(bucket.arnForObjects(prefix + "*"))).build();
    }

    /** Listing: RebuildDatabase and the pack's incremental copy list keys; it also makes a missing key a 404, not a 403. */
    private static PolicyStatement list(IBucket bucket) {
        return PolicyStatement.Builder.create().actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn())).build();
    }

    List<AssuranceFunction> all() {
        return List.of(api, ingest, packBuilder);
    }
}
