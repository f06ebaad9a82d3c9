package org.sendpmo.api.lambda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.startcheck.PackagedStart;

/** The api's handler starts from what its Lambda jar carries, with the configuration infra gives it (Functions.java). */
class ApiJarStartsTest {

    @Test
    void theHandlerStartsWithEverySingletonFromTheJarsClassPath() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedStart.mailToLeadsEnvironment());
        env.put("ASSURANCE_SESSION_SECRET", "start-check-session-secret-of-more-than-32-characters");
        env.put("ASSURANCE_BUILD_LAUNCHER", "lambda");
        env.put("ASSURANCE_BUILD_PACK_BUILDER_FUNCTION", "arn:aws:lambda:eu-west-2:000000000000:function:pack-builder:live");
        env.put("ASSURANCE_UPLOADS_LAUNCHER", "s3-event");
        // nothing serves these on loopback; the keys are fetched when a bearer token first needs them
        env.put("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_COGNITO_URL", "http://127.0.0.1:9/.well-known/jwks.json");
        env.put("MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_ISSUER", "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_startcheck");
        env.put("ASSURANCE_COGNITO_DOMAIN", "https://assurance-start-check.auth.eu-west-2.amazoncognito.com");
        env.put("ASSURANCE_COGNITO_CLIENT_ID", "start-check-client");
        env.put("ASSURANCE_COGNITO_CALLBACK_URL", "https://assurance.example.org/sign-in/callback");
        env.put("ASSURANCE_COGNITO_SIGN_OUT_URL", "https://assurance.example.org/sign-in");
        // as under SnapStart: every singleton is created at init, so a bean the jar cannot make fails here
        env.put(ApiHandler.INITIALIZATION_TYPE, "snap-start");

        PackagedStart.assertStarts(ApiHandler.class.getName(), env);
    }

    @Test
    void onlyAnInitNoRequestWaitsForCreatesEverySingletonAtOnce() {
        assertTrue(ApiHandler.initialisedAheadOfRequests("snap-start"));
        assertTrue(ApiHandler.initialisedAheadOfRequests("provisioned-concurrency"));
        assertFalse(ApiHandler.initialisedAheadOfRequests("on-demand"));
        assertFalse(ApiHandler.initialisedAheadOfRequests(null));
    }
}
