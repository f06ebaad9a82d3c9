package org.sendpmo.infra;

import java.util.List;

import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.ApiMapping;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.DomainName;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The HTTP API in front of the api function, and which routes API Gateway checks a Cognito token on.
 *
 * <p>The JWT authorizer guards the routes only scripts call: {@code /api/returns}, {@code /api/projects/…},
 * {@code /api/cycles…} and {@code /api/builds/…}. Everything else, including {@code /api/uploads…}, goes
 * through the {@code $default} route without it: browsers carry a session cookie, not an
 * Authorization header (the upload page's script calls {@code /api/uploads} with the cookie), and an
 * authorizer would answer them 401. The api checks every request itself either way (session or Cognito
 * token, and the role), so the authorizer is a second gate for scripts, not the only one.
 */
final class HttpEntry extends Construct {
    /** Routes only scripts call, each checked by the JWT authorizer before it reaches the function. */
    static final List<String> SCRIPT_ROUTES =
            List.of("/api/returns", "/api/projects/{proxy+}", "/api/cycles", "/api/cycles/{proxy+}", "/api/builds/{proxy+}");

    final HttpApi api;
    /** The $default route: browser pages, without the authorizer (see the class comment). */
    HttpRoute defaultRoute;
    private final String origin;

    HttpEntry(Construct scope, String id, InfraConfig config) {
        super(scope, id);
        api = HttpApi.Builder.create(this, "Api")
                .description("SEND programme assurance: every page and endpoint, served by the api function")
                .createDefaultStage(true)
                .build();
        LogGroup accessLogs = LogRetention.group(this, "AccessLogs", config);
        CfnStage stage = (CfnStage) api.getDefaultStage().getNode().getDefaultChild();
        stage.setAccessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                .destinationArn(accessLogs.getLogGroupArn())
                .format("{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
                        + "\"time\":\"$context.requestTime\",\"method\":\"$context.httpMethod\",\"path\":\"$context.path\","
                        + "\"status\":\"$context.status\",\"latencyMs\":\"$context.responseLatency\","
                        + "\"error\":\"$context.integrationErrorMessage\",\"authorizerError\":\"$context.authorizer.error\"}")
                .build());
        // a ceiling well above a council's use that stops a runaway script exhausting the database
        stage.setDefaultRouteSettings(CfnStage.RouteSettingsProperty.builder()
                .throttlingBurstLimit(200).throttlingRateLimit(100).build());
        if (config.domainName().isPresent()) {
            DomainName domain = DomainName.Builder.create(this, "Domain")
                    .domainName(config.domainName().get())
                    .certificate(Certificate.fromCertificateArn(this, "Certificate", config.certificateArn().get()))
                    .build();
            ApiMapping.Builder.create(this, "Mapping").api(api).domainName(domain).stage(api.getDefaultStage()).build();
            origin = "https://" + config.domainName().get();
        } else {
            // the execute-api URL has no trailing slash, as a browser's Origin header has none
            origin = api.getApiEndpoint();
        }
    }

    /** Where the browser pages are served from: the raw bucket's CORS allows uploads from here only. */
    String origin() {
        return origin;
    }

    /** Sends every request to {@code function}; the script routes through the Cognito JWT authorizer. */
    void routeTo(IFunction function, Auth auth) {
        HttpLambdaIntegration integration = new HttpLambdaIntegration("ApiFunction", function);
        defaultRoute = HttpRoute.Builder.create(this, "DefaultRoute")
                .httpApi(api).routeKey(HttpRouteKey.DEFAULT).integration(integration).build();
        HttpJwtAuthorizer cognito = new HttpJwtAuthorizer("Cognito", auth.issuerUrl(),
                HttpJwtAuthorizerProps.builder().jwtAudience(List.of(auth.client.getUserPoolClientId())).build());
        for (String path : SCRIPT_ROUTES) {
            api.addRoutes(AddRoutesOptions.builder()
                    .path(path).methods(List.of(HttpMethod.ANY)).integration(integration).authorizer(cognito).build());
        }
    }
}
