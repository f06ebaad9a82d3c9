package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/**
 * The context settings reach the resources: a stack with its own domain name, a short lock, a pausing
 * database, no deletion protection and no alarm email (one more synthesis, so one class).
 */
class CustomisedStackTest {
    private static Synthesised s;

    @BeforeAll
    static void synthesise() {
        Synthesised defaults = Synthesised.stack();
        Map<String, Object> context = Map.ofEntries(
                Map.entry("domainName", "assurance.example.org"),
                Map.entry("certificateArn", "arn:aws:acm:eu-west-2:111122223333:certificate/00000000-0000-0000-0000-000000000000"),
                Map.entry("rawRetentionDays", "30"), Map.entry("noncurrentVersionDays", "7"), Map.entry("logRetentionDays", "731"),
                Map.entry("dbMinCapacity", "0"), Map.entry("dbMaxCapacity", "2"), Map.entry("deletionProtection", "false"),
                Map.entry("buildHourUtc", "5"), Map.entry("buildDaysBeforeMeeting", "3"), Map.entry("secretsVersion", "2"),
                Map.entry("authDomainPrefix", "north-county-send"), Map.entry("mailFrom", "send-pmo@north.example.gov.uk"));
        s = Synthesised.of(InfraConfig.fromContext(defaults.config.apiJar(), defaults.config.ingestJar(),
                defaults.config.packBuilderJar(), context::get), "customised");
    }

    @Test
    void theSiteOwnDomainServesTheApiAndIsTheUploadOrigin() {
        s.template.hasResourceProperties("AWS::ApiGatewayV2::DomainName", Match.objectLike(Map.of(
                "DomainName", "assurance.example.org")));
        s.template.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 1);
        s.template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
                        "AllowedOrigins", List.of("https://assurance.example.org"))))))));
    }

    @Test
    void browserSignInUsesTheGivenPrefixAndReturnsToTheSitesOwnDomain() {
        s.template.hasResourceProperties("AWS::Cognito::UserPoolDomain", Match.objectLike(Map.of("Domain", "north-county-send")));
        s.template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "CallbackURLs", List.of("https://assurance.example.org/sign-in/callback"),
                "LogoutURLs", List.of("https://assurance.example.org/sign-in"))));
        java.util.Map<String, Object> env = Cfn.environment(s, Cfn.functionWithHandler(s, Functions.API_HANDLER));
        org.junit.jupiter.api.Assertions.assertEquals("https://assurance.example.org/sign-in/callback", env.get("ASSURANCE_COGNITO_CALLBACK_URL"));
    }

    @Test
    void retentionCapacityScheduleAndProtectionFollowTheContext() {
        s.template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "ObjectLockConfiguration", Map.of("ObjectLockEnabled", "Enabled",
                        "Rule", Map.of("DefaultRetention", Map.of("Mode", "GOVERNANCE", "Days", 30))))));
        s.template.resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("RetentionInDays", 731), 5);
        s.template.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "DeletionProtection", false,
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0, "MaxCapacity", 2))));
        s.template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of("ScheduleExpression", "cron(0 5 * * ? *)")));
        s.template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("ASSURANCE_SCHEDULE_BUILD_DAYS_BEFORE_MEETING", "3", "INFRA_SECRETS_VERSION", "2"))))));
    }

    @Test
    void withAMailFromAddressTheApiSendsThroughSesFromThatIdentityOnly() {
        sendsThroughSesFromThatIdentityOnly(Functions.API_HANDLER);
    }

    @Test
    void withAMailFromAddressThePackBuildersRemindersGoThroughTheSameSesIdentity() {
        sendsThroughSesFromThatIdentityOnly(Functions.PACK_BUILDER_HANDLER);
        org.junit.jupiter.api.Assertions.assertFalse(String.join("\n", Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.INGEST_HANDLER)))
                .contains("ses:"), "ingest sends no mail");
    }

    private void sendsThroughSesFromThatIdentityOnly(String handler) {
        java.util.Map<String, Object> env = Cfn.environment(s, Cfn.functionWithHandler(s, handler));
        org.junit.jupiter.api.Assertions.assertEquals("ses", env.get("ASSURANCE_MAIL_SENDER"), handler);
        org.junit.jupiter.api.Assertions.assertEquals("send-pmo@north.example.gov.uk", env.get("ASSURANCE_MAIL_FROM"), handler);
        org.junit.jupiter.api.Assertions.assertEquals("https://assurance.example.org", env.get("ASSURANCE_SITE_PUBLIC_BASE_URL"), handler);
        String statements = String.join("\n", Cfn.statementsOf(s, Cfn.functionWithHandler(s, handler)));
        org.junit.jupiter.api.Assertions.assertTrue(statements.contains("ses:SendEmail"), statements);
        org.junit.jupiter.api.Assertions.assertTrue(statements.contains("identity/send-pmo@north.example.gov.uk"), statements);
        org.junit.jupiter.api.Assertions.assertTrue(statements.contains("identity/north.example.gov.uk"), statements);
    }

    @Test
    void withoutAnAlarmEmailTheTopicStillExists() {
        s.template.resourceCountIs("AWS::SNS::Topic", 1);
        s.template.resourceCountIs("AWS::SNS::Subscription", 0);
    }
}
