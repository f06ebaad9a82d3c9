package org.sendpmo.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The whole product in one stack: the HTTP API and user pool, the network, the buckets, the database,
 * the three functions, what triggers them, and the alarms. Environment-agnostic unless the caller gives
 * an account and region: nothing is looked up, so it synthesises offline.
 */
public final class AssuranceStack extends Stack {
    final HttpEntry http;
    final Auth auth;
    final Network network;
    final Storage storage;
    final Database database;
    final Functions functions;
    final Operations operations;

    public AssuranceStack(Construct scope, String id, StackProps props, InfraConfig config) {
        super(scope, id, props);
        // access logs delivered under a bucket policy, not the legacy log-delivery ACL (cfn-lint W3045)
        getNode().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
        auth = new Auth(this, "Auth", config);
        // the API (not its routes) first: the raw bucket's CORS names its URL as the upload origin
        http = new HttpEntry(this, "Http", config);
        auth.addBrowserSignIn(http.origin(), config);
        network = new Network(this, "Network", config);
        storage = new Storage(this, "Storage", config, http.origin());
        database = new Database(this, "Database", config, network);
        functions = new Functions(this, "Functions", config, network, storage, database, auth, http.origin());
        http.routeTo(functions.api.live, auth);
        new Triggers(this, "Triggers", config, storage, functions);
        operations = new Operations(this, "Operations", config, functions, http);
        NagFindings.explain(this);

        CfnOutput.Builder.create(this, "Url").description("Where people open the product")
                .value(http.origin()).build();
        CfnOutput.Builder.create(this, "UserPoolId").description("Create users here and add them to groups")
                .value(auth.pool.getUserPoolId()).build();
        CfnOutput.Builder.create(this, "UserPoolClientId").description("The audience scripts sign in to")
                .value(auth.client.getUserPoolClientId()).build();
        CfnOutput.Builder.create(this, "SignInUrl").description("Cognito's managed login pages (the product sends people there)")
                .value(auth.domain.baseUrl()).build();
        CfnOutput.Builder.create(this, "RawBucket").value(storage.raw.getBucketName()).build();
        CfnOutput.Builder.create(this, "SiteBucket").value(storage.site.getBucketName()).build();
        CfnOutput.Builder.create(this, "FailedInvocationsQueue").value(functions.failures.getQueueUrl()).build();
        CfnOutput.Builder.create(this, "SessionSecretArn").value(functions.sessionSecret.getSecretArn()).build();
    }
}
