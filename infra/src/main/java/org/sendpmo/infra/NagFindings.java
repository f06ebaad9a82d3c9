package org.sendpmo.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.constructs.IConstruct;

/**
 * cdk-nag (AWS Solutions) findings accepted on purpose, each with its reason. Every other rule passes
 * because the stack meets it. README "Deploying" lists the same reasons; NagTest fails on any finding
 * not explained here.
 */
final class NagFindings {
    private NagFindings() {
    }

    static void explain(AssuranceStack stack) {
        NagSuppressions.addResourceSuppressions(stack.auth.pool, List.of(suppress("AwsSolutions-COG3",
                "Cognito threat protection (advanced security) needs the Plus feature plan, priced per user a month; "
                        + "MFA is required for everyone, self sign-up is off and the api throttles and audits sign-ins. "
                        + "A council that wants adaptive authentication can switch the plan on.")));
        NagSuppressions.addResourceSuppressions(stack.database.cluster, List.of(suppress("AwsSolutions-SMG4",
                "The functions receive the password at deploy time (a CloudFormation dynamic reference), so a rotation "
                        + "would break them until the next deploy. Rotation waits for the functions to read the secret "
                        + "at start (README Deploying, what is left).")), true);
        NagSuppressions.addResourceSuppressions(stack.functions.sessionSecret, List.of(suppress("AwsSolutions-SMG4",
                "The session signing key: rotating it signs every person out, so it is changed by hand when needed "
                        + "(README Deploying), not on a timer.")));
        NagSuppressions.addResourceSuppressions(stack.functions.failures, List.of(suppress("AwsSolutions-SQS3",
                "This queue is itself the failure destination (dead-letter queue) for the functions' asynchronous "
                        + "invocations and the schedule; it alarms on its first message.")));
        NagSuppressions.addResourceSuppressions(stack.http.defaultRoute, List.of(suppress("AwsSolutions-APIG4",
                "The $default route carries the browser pages, the sign-in page and /api/uploads, which browsers call "
                        + "with a session cookie, not a bearer token: a JWT authorizer would refuse them. The api function "
                        + "authenticates and authorises every request itself (session or Cognito token, then role); "
                        + "the script routes do have the Cognito JWT authorizer.")), true);
        for (AssuranceFunction f : stack.functions.all()) {
            functionFindings(f);
        }
        // the handler CDK adds to write the raw bucket's notification configuration at deploy time
        for (IConstruct child : stack.getNode().getChildren()) {
            if (child.getNode().getId().startsWith("BucketNotificationsHandler")) {
                NagSuppressions.addResourceSuppressions(child, List.of(suppress("AwsSolutions-IAM4",
                        "CDK's own bucket-notification handler, run once per deploy, logs with the AWS managed "
                                + "AWSLambdaBasicExecutionRole (CloudWatch Logs only).")), true);
            }
        }
    }

    private static void functionFindings(AssuranceFunction f) {
        NagSuppressions.addResourceSuppressions(f.function, List.of(
                suppress("AwsSolutions-L1",
                        "Java 21 is the runtime the product is built and measured for (the jars target Java 17); "
                                + "Java 25 is newer, and moving to it is one line once the product is tested on it."),
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .reason("AWS managed policies for the function's own logs (AWSLambdaBasicExecutionRole) and for "
                                + "the network interfaces a function in a VPC needs (AWSLambdaVPCAccessExecutionRole); AWS "
                                + "keeps them to the minimum the service needs.")
                        .appliesTo(List.of(
                                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"))
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM5")
                        .reason("Object keys are made at run time (a return's, an upload's or a build's id), so access is "
                                + "to objects under a prefix: the raw bucket's returns/, uploads/ and checks/ for the api, "
                                + "the whole bucket for a reader, the site bucket for the pack-builder. No delete anywhere.")
                        .appliesTo(List.of(RegexAppliesTo.builder()
                                .regex("/^Resource::<StorageRaw[0-9A-F]{8}\\.Arn>\\/((returns|uploads|checks)\\/)?\\*$|"
                                        + "^Resource::<StorageSite[0-9A-F]{8}\\.Arn>\\/\\*$/g")
                                .build()))
                        .build()), true);
    }

    private static NagPackSuppression suppress(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}
