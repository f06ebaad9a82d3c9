package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/**
 * Browser sign-in through the user pool's managed login pages: the domain, the web app client (the
 * authorization-code grant, no secret, callback and sign-out URLs on the site), its style, and the api's
 * settings that point at them.
 */
class AuthTest {
    private final Synthesised s = Synthesised.stack();

    @Test
    void thePoolHasAManagedLoginDomainNamedAfterTheStackAndAccount() {
        s.template.hasResourceProperties("AWS::Cognito::UserPoolDomain", Match.objectLike(Map.of(
                "ManagedLoginVersion", 2,
                "Domain", Map.of("Fn::Join", List.of("-", List.of("sendassurance", Map.of("Ref", "AWS::AccountId")))))));
    }

    @Test
    void theWebClientUsesTheCodeGrantWithoutASecretAndReturnsToTheSite() {
        s.template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "AllowedOAuthFlows", List.of("code"),
                "AllowedOAuthFlowsUserPoolClient", true,
                "AllowedOAuthScopes", Match.arrayWith(List.of("openid", "email", "profile")),
                "GenerateSecret", false,
                "SupportedIdentityProviders", List.of("COGNITO"),
                "PreventUserExistenceErrors", "ENABLED",
                "IdTokenValidity", 480,
                "CallbackURLs", List.of(Map.of("Fn::Join", List.of("", List.of(
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("HttpApi.*"), "ApiEndpoint")), "/sign-in/callback")))),
                "LogoutURLs", List.of(Map.of("Fn::Join", List.of("", List.of(
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("HttpApi.*"), "ApiEndpoint")), "/sign-in")))))));
        s.template.hasResourceProperties("AWS::Cognito::ManagedLoginBranding", Match.objectLike(Map.of(
                "UseCognitoProvidedValues", true,
                "ClientId", Map.of("Ref", Match.stringLikeRegexp("AuthUsersWeb.*")))));
    }

    @Test
    void theApiIsToldWhereToSendPeopleToSignIn() {
        Map<String, Object> env = Cfn.environment(s, Cfn.functionWithHandler(s, Functions.API_HANDLER));
        assertTrue(Cfn.text(env.get("ASSURANCE_COGNITO_DOMAIN")).contains(".auth."), Cfn.text(env.get("ASSURANCE_COGNITO_DOMAIN")));
        assertTrue(Cfn.text(env.get("ASSURANCE_COGNITO_CLIENT_ID")).contains("AuthUsersWeb"), "the web client, not the scripts' one");
        assertTrue(Cfn.text(env.get("ASSURANCE_COGNITO_CALLBACK_URL")).contains("/sign-in/callback"));
        assertTrue(Cfn.text(env.get("ASSURANCE_COGNITO_SIGN_OUT_URL")).contains("ApiEndpoint"));
        for (String other : List.of(Functions.INGEST_HANDLER, Functions.PACK_BUILDER_HANDLER)) {
            assertEquals(null, Cfn.environment(s, Cfn.functionWithHandler(s, other)).get("ASSURANCE_COGNITO_CLIENT_ID"), other);
        }
    }

    @Test
    void aDomainPrefixCognitoWouldRefuseIsRefusedAtSynthesis() {
        for (String bad : List.of("Upper", "my-cognito-pool", "-dash", "a_b")) {
            assertThrows(IllegalArgumentException.class, () -> InfraConfig.fromContext("a", "b", "c",
                    Map.<String, Object>of("authDomainPrefix", bad)::get), bad);
        }
    }
}
