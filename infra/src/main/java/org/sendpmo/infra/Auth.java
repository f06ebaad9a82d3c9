package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CfnManagedLoginBranding;
import software.amazon.awscdk.services.cognito.CfnUserPoolGroup;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.ManagedLoginVersion;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.constructs.Construct;

/**
 * The Cognito user pool people sign in with in AWS. Its groups are the product's roles (README "Users,
 * roles and sign-in"): the api reads them from the token's {@code cognito:groups} claim, and a lead's
 * projects from {@code custom:projects}.
 */
final class Auth extends Construct {
    /** The roles, exactly as the api's {@code @Secured} annotations name them. */
    static final List<String> GROUPS = List.of("project-lead", "programme-office", "board-member", "administrator");

    /** Where the api sends the browser back after Cognito's pages (and where a sign-out returns to). */
    static final String CALLBACK_PATH = "/sign-in/callback";
    static final String SIGNED_OUT_PATH = "/sign-in";

    final UserPool pool;
    final UserPoolClient client;
    /** The managed login pages' domain and the app client browsers sign in through; set by {@link #addBrowserSignIn}. */
    UserPoolDomain domain;
    UserPoolClient webClient;

    Auth(Construct scope, String id, InfraConfig config) {
        super(scope, id);
        pool = UserPool.Builder.create(this, "Users")
                // the programme office creates accounts; nobody signs themselves up
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().username(true).email(true).build())
                .passwordPolicy(PasswordPolicy.builder().minLength(12)
                        .requireLowercase(true).requireUppercase(true).requireDigits(true).requireSymbols(true)
                        .tempPasswordValidity(Duration.days(3)).build())
                // authenticator apps only: SMS costs per message and is the weaker factor
                .mfa(Mfa.REQUIRED)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .featurePlan(FeaturePlan.ESSENTIALS)
                // a lead's project ids, comma-separated (CognitoTokenTest in the api checks the claim)
                .customAttributes(Map.of("projects", StringAttribute.Builder.create().mutable(true).maxLen(2048).build()))
                .deletionProtection(config.deletionProtection())
                // the users and their MFA enrolments outlive a redeploy from scratch
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        for (String group : GROUPS) {
            CfnUserPoolGroup.Builder.create(this, group)
                    .userPoolId(pool.getUserPoolId())
                    .groupName(group)
                    .description("SEND assurance role " + group + " (README: Users, roles and sign-in)")
                    .build();
        }
        // the client scripts sign in through (SRP: the password never leaves the client); its id is the
        // audience the HTTP API's JWT authorizer accepts
        client = pool.addClient("Scripts", UserPoolClientOptions.builder()
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .generateSecret(false)
                .preventUserExistenceErrors(true)
                .idTokenValidity(Duration.hours(1))
                .accessTokenValidity(Duration.hours(1))
                .build());
    }

    /**
     * Browser sign-in: the pool's managed login pages on a prefix domain, and a web app client using the
     * authorization-code grant with PKCE, sending the browser back to {@code origin}. No client secret:
     * the code can only be redeemed with the PKCE verifier held in the browser's flow cookie and at the
     * exact callback URL, and a secret would reach the api the way the session secret does (in its
     * configuration), adding a second copy to rotate for little. The client's callback URL names the
     * HTTP API's URL, and the api function's configuration names the client: no cycle, because the
     * {@code AWS::ApiGatewayV2::Api} resource depends on nothing here (its routes and integration, which
     * depend on the function, are separate resources).
     */
    void addBrowserSignIn(String origin, InfraConfig config) {
        // the prefix must be unique in the region; by default the stack's name and the account id
        String prefix = config.authDomainPrefix()
                .orElse(Fn.join("-", List.of(Stack.of(this).getStackName().toLowerCase(java.util.Locale.ROOT), Aws.ACCOUNT_ID)));
        domain = pool.addDomain("SignIn", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix(prefix).build())
                .managedLoginVersion(ManagedLoginVersion.NEWER_MANAGED_LOGIN)
                .build());
        webClient = pool.addClient("Web", UserPoolClientOptions.builder()
                .generateSecret(false)
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of(origin + CALLBACK_PATH))
                        .logoutUrls(List.of(origin + SIGNED_OUT_PATH))
                        .build())
                .preventUserExistenceErrors(true)
                // the ID token is the browser's session (README "Users, roles and sign-in"): 8 hours, as
                // the local run's sessions; no refresh, so a person signs in again after a working day
                .idTokenValidity(Duration.hours(8))
                .accessTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.hours(8))
                .build());
        // managed login pages need a style for the client; Cognito's own is the GOV.UK-neutral default
        CfnManagedLoginBranding.Builder.create(this, "SignInStyle")
                .userPoolId(pool.getUserPoolId())
                .clientId(webClient.getUserPoolClientId())
                .useCognitoProvidedValues(true)
                .build();
    }

    /** https://cognito-idp.&lt;region&gt;.amazonaws.com/&lt;pool id&gt;: the tokens' issuer. */
    String issuerUrl() {
        // built rather than the pool's ProviderURL attribute, which has no scheme
        return "https://cognito-idp." + Stack.of(this).getRegion() + ".amazonaws.com/" + pool.getUserPoolId();
    }
}
