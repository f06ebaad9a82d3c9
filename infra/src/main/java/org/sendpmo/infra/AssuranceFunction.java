package org.sendpmo.infra;

import java.util.Map;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * One of the product's functions as deployed: the shaded jar on Java 21, its own log group with a
 * retention, in the VPC, SnapStart on published versions, and the {@code live} alias everything
 * invokes (a SnapStart snapshot exists only for a published version, never for $LATEST).
 */
final class AssuranceFunction extends Construct {
    /** The alias name every caller (API integration, S3 notification, schedule, api) invokes. */
    static final String ALIAS = "live";

    /** How a function is sized and what it runs; sizes are chosen in {@link Functions}. */
    record Spec(String jar, String handler, int memoryMb, Duration timeout, Map<String, String> environment,
                boolean invokedAsynchronously, boolean reachesCognito) {
    }

    final Function function;
    final Alias live;

    AssuranceFunction(Construct scope, String id, Spec spec, InfraConfig config, Network network, IQueue failures) {
        super(scope, id);
        LogGroup logs = LogRetention.group(this, "Logs", config);
        function = Function.Builder.create(this, "Function")
                .runtime(Runtime.JAVA_21)
                // Graviton: about 20 % cheaper for the same work; the jars are pure Java
                .architecture(Architecture.ARM_64)
                .handler(spec.handler())
                .code(Code.fromAsset(spec.jar()))
                .memorySize(spec.memoryMb())
                .timeout(spec.timeout())
                .environment(spec.environment())
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .logGroup(logs)
                .vpc(network.vpc)
                .vpcSubnets(spec.reachesCognito() ? network.withEgress : network.isolated)
                .securityGroups(java.util.List.of(network.functions))
                .build();
        Alias.Builder alias = Alias.Builder.create(this, "Live").aliasName(ALIAS).version(function.getCurrentVersion());
        if (spec.invokedAsynchronously()) {
            // S3 events, the schedule, the api's build requests: two retries, then the event goes to the
            // failures queue rather than being dropped
            alias.retryAttempts(2).maxEventAge(Duration.hours(6)).onFailure(new SqsDestination(failures));
        }
        live = alias.build();
        // SnapStart applies to the version the alias publishes; CDK warns in case nothing publishes one
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "the live alias publishes a version on every change");
    }

    void allow(PolicyStatement statement) {
        function.addToRolePolicy(statement);
    }
}
