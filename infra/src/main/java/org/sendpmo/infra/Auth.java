package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CfnUserPoolGroup;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.constructs.Construct;

/**
 * The Cognito user pool people sign in with in AWS. Its groups are the product's roles (README "Users,
 * roles and sign-in"): the api reads them from the token's {@code cognito:groups} claim, and a lead's
 * projects from {@code custom:projects}.
 */
final class Auth extends Construct {
    /** The roles, exactly as the api's {@code @Secured} annotations name them. */
    static final List<String> GROUPS = List.of("project-lead", "programme-office", "board-member", "administrator");

    final UserPool pool;
    final UserPoolClient client;

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

    /** https://cognito-idp.&lt;region&gt;.amazonaws.com/&lt;pool id&gt;: the tokens' issuer. */
    String issuerUrl() {
        // built rather than the pool's ProviderURL attribute, which has no scheme
        return "https://cognito-idp." + Stack.of(this).getRegion() + ".amazonaws.com/" + pool.getUserPoolId();
    }
}
