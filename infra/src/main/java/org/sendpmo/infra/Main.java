package org.sendpmo.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app (cdk.json runs it): one {@link AssuranceStack}, configured from context, with cdk-nag's
 * AWS Solutions checks applied so that a deploy fails on any unexplained finding, as the tests do.
 * The stack is always environment-agnostic: the CLI's profile (or AWS_REGION) decides where it goes.
 * Naming an account and region would make CDK look the zones up, which needs AWS at synthesis time.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        App app = new App();
        String root = context(app, "jarRoot", "..");
        InfraConfig config = InfraConfig.fromContext(
                context(app, "apiJar", root + "/functions/api/target/api-lambda.jar"),
                context(app, "ingestJar", root + "/functions/ingest/target/ingest-lambda.jar"),
                context(app, "packBuilderJar", root + "/functions/pack-builder/target/pack-builder-lambda.jar"),
                name -> app.getNode().tryGetContext(name));
        new AssuranceStack(app, context(app, "stackName", "SendAssurance"), StackProps.builder()
                .description("SEND programme assurance: api, ingest and pack-builder functions, buckets, database, API")
                .build(), config);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        app.synth();
    }

    private static String context(App app, String name, String fallback) {
        Object v = app.getNode().tryGetContext(name);
        return v == null ? fallback : v.toString();
    }
}
