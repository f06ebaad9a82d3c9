package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** The HTTP API, its Cognito JWT authorizer on the script routes, and the user pool with the product's roles. */
class HttpApiTest {
    private final Synthesised s = Synthesised.stack();

    @Test
    void scriptRoutesNeedACognitoTokenFromThePool() {
        s.template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Match.objectLike(Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of(
                        "Audience", List.of(Map.of("Ref", Match.stringLikeRegexp("AuthUsersScripts.*"))),
                        "Issuer", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of("https://cognito-idp."))))))))));
        for (String path : HttpEntry.SCRIPT_ROUTES) {
            s.template.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", "ANY " + path, "AuthorizationType", "JWT")));
        }
    }

    @Test
    void browserRoutesReachTheAppWhichChecksTheSessionItself() {
        s.template.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                "RouteKey", "$default", "AuthorizationType", "NONE")));
        s.template.resourceCountIs("AWS::ApiGatewayV2::Route", HttpEntry.SCRIPT_ROUTES.size() + 1);
    }

    @Test
    void everyRouteGoesToTheApiFunctionsLiveAliasAsPayloadV2() {
        s.template.resourcePropertiesCountIs("AWS::ApiGatewayV2::Integration", Match.objectLike(Map.of(
                "IntegrationType", "AWS_PROXY", "PayloadFormatVersion", "2.0",
                "IntegrationUri", Map.of("Ref", Match.stringLikeRegexp("FunctionsApiLive.*")))), 1);
    }

    @Test
    void theStageLogsEveryRequestAndIsThrottled() {
        s.template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
                "StageName", "$default",
                "AccessLogSettings", Match.objectLike(Map.of("DestinationArn", Match.anyValue())),
                "DefaultRouteSettings", Map.of("ThrottlingBurstLimit", 200, "ThrottlingRateLimit", 100))));
    }

    @Test
    void thePoolHasTheFourRolesAsGroupsMfaAndNoSelfSignUp() {
        for (String group : Auth.GROUPS) {
            s.template.hasResourceProperties("AWS::Cognito::UserPoolGroup", Match.objectLike(Map.of("GroupName", group)));
        }
        s.template.resourceCountIs("AWS::Cognito::UserPoolGroup", 4);
        assertEquals(List.of("project-lead", "programme-office", "board-member", "administrator"), Auth.GROUPS);
        s.template.hasResource("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "MfaConfiguration", "ON",
                        "EnabledMfas", List.of("SOFTWARE_TOKEN_MFA"),
                        "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                        "Schema", Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "projects", "Mutable", true)))))))));
    }
}
