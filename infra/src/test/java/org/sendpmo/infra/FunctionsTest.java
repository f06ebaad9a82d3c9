package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** The three functions: runtime, handler, size, SnapStart behind the live alias, logs, VPC and settings. */
class FunctionsTest {
    private final Synthesised s = Synthesised.stack();

    @Test
    void eachFunctionRunsItsHandlerOnJava21WithSnapStartInTheVpc() {
        expect(Functions.API_HANDLER, 2048, 29);
        expect(Functions.INGEST_HANDLER, 2048, 300);
        expect(Functions.PACK_BUILDER_HANDLER, 3008, 900);
        s.template.resourceCountIs("AWS::Lambda::Function", 4); // and CDK's bucket-notification handler
    }

    private void expect(String handler, int memory, int timeoutSeconds) {
        s.template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", handler,
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "MemorySize", memory,
                "Timeout", timeoutSeconds,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "VpcConfig", Match.objectLike(Map.of("SubnetIds", Match.anyValue())),
                "LoggingConfig", Match.objectLike(Map.of("LogGroup", Match.anyValue())))));
    }

    @Test
    void everyCallerInvokesThePublishedLiveAliasWhoseFailuresGoToTheQueue() {
        s.template.resourcePropertiesCountIs("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", "live")), 3);
        s.template.resourceCountIs("AWS::Lambda::Version", 3);
        // ingest and the pack-builder are invoked asynchronously; the api only through the HTTP API
        for (String alias : List.of("FunctionsIngestLive", "FunctionsPackBuilderLive")) {
            s.template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                    "Qualifier", Map.of("Fn::Select", List.of(7, Map.of("Fn::Split", List.of(":", Map.of("Ref", Match.stringLikeRegexp(alias + ".*")))))),
                    "MaximumRetryAttempts", 2,
                    "DestinationConfig", Map.of("OnFailure", Map.of("Destination",
                            Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("FunctionsFailedInvocations.*"), "Arn")))))));
        }
        s.template.resourceCountIs("AWS::Lambda::EventInvokeConfig", 2);
    }

    @Test
    void logsAreKeptForTheConfiguredDays() {
        // three functions, the API's access log and the VPC flow log
        s.template.resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365), 5);
    }

    @Test
    void theApiIsConfiguredForAws() {
        Map<String, Object> env = Cfn.environment(s, Cfn.functionWithHandler(s, Functions.API_HANDLER));
        assertEquals("lambda", env.get("ASSURANCE_BUILD_LAUNCHER"));
        assertEquals("s3-event", env.get("ASSURANCE_UPLOADS_LAUNCHER"));
        assertTrue(Cfn.text(env.get("ASSURANCE_BUILD_PACK_BUILDER_FUNCTION")).contains("PackBuilderLive"), "the pack-builder's live alias");
        assertTrue(Cfn.text(env.get("ASSURANCE_SESSION_SECRET")).contains("{{resolve:secretsmanager:"), "a dynamic reference, not a literal");
        assertTrue(Cfn.text(env.get("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_COGNITO_URL")).contains("/.well-known/jwks.json"));
        assertTrue(Cfn.text(env.get("MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_ISSUER")).contains("https://cognito-idp."));
    }

    @Test
    void onlyTheApiStopsAtTheFirstCompiler() {
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                Cfn.environment(s, Cfn.functionWithHandler(s, Functions.API_HANDLER)).get("JAVA_TOOL_OPTIONS"));
        for (String handler : List.of(Functions.INGEST_HANDLER, Functions.PACK_BUILDER_HANDLER)) {
            assertEquals(null, Cfn.environment(s, Cfn.functionWithHandler(s, handler)).get("JAVA_TOOL_OPTIONS"), handler);
        }
    }

    @Test
    void everyFunctionReachesPostgresAndBothBuckets() {
        for (String handler : List.of(Functions.API_HANDLER, Functions.INGEST_HANDLER, Functions.PACK_BUILDER_HANDLER)) {
            Map<String, Object> env = Cfn.environment(s, Cfn.functionWithHandler(s, handler));
            assertTrue(Cfn.text(env.get("DATASOURCES_DEFAULT_URL")).startsWith("{\"Fn::Join\":[\"\",[\"jdbc:postgresql://\""), handler);
            assertEquals("assurance", env.get("DATASOURCES_DEFAULT_USERNAME"), handler);
            assertTrue(Cfn.text(env.get("DATASOURCES_DEFAULT_PASSWORD")).contains("{{resolve:secretsmanager:"), handler);
            assertEquals("org.postgresql.Driver", env.get("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME"), handler);
            assertTrue(Cfn.text(env.get("ASSURANCE_STORAGE_RAW_BUCKET")).contains("StorageRaw"), handler);
            assertTrue(Cfn.text(env.get("ASSURANCE_STORAGE_SITE_BUCKET")).contains("StorageSite"), handler);
            assertEquals(Map.of("Ref", "AWS::Region"), env.get("ASSURANCE_STORAGE_REGION"), handler);
        }
        Map<String, Object> pack = Cfn.environment(s, Cfn.functionWithHandler(s, Functions.PACK_BUILDER_HANDLER));
        assertEquals("2", pack.get("ASSURANCE_SCHEDULE_BUILD_DAYS_BEFORE_MEETING"));
    }
}
