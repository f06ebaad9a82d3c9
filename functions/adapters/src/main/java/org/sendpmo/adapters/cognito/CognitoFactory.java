package org.sendpmo.adapters.cognito;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.chase.ProjectLeads;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

/**
 * Project leads and the user directory from the Cognito user pool, when one is configured
 * ({@code assurance.cognito.user-pool-id}, set by infra in AWS); otherwise the local run's configured users are
 * the leads and the directory (the api's LocalUserLeads and ConfiguredUserDirectory).
 */
@Factory
@Requires(property = CognitoFactory.USER_POOL_ID)
public class CognitoFactory {

    public static final String USER_POOL_ID = "assurance.cognito.user-pool-id";

    @Singleton
    ProjectLeads cognitoProjectLeads(CognitoIdentityProviderClient cognito, @Value("${" + USER_POOL_ID + "}") String userPoolId,
                                     Clock clock) {
        return new CognitoProjectLeads(cognito, userPoolId, clock);
    }

    @Singleton
    UserDirectory cognitoUserDirectory(CognitoIdentityProviderClient cognito, @Value("${" + USER_POOL_ID + "}") String userPoolId,
                                       Clock clock) {
        return new CognitoUserDirectory(cognito, userPoolId, clock);
    }

    @Singleton
    @Bean(preDestroy = "close")
    CognitoIdentityProviderClient cognitoClient(@Value("${assurance.cognito.region:}") String region,
                                                @Value("${assurance.storage.region:}") String storageRegion,
                                                @Value("${assurance.cognito.endpoint:}") String endpoint,
                                                @Value("${assurance.cognito.access-key:}") String accessKey,
                                                @Value("${assurance.cognito.secret-key:}") String secretKey) {
        // the pool is in the stack's region, which infra gives the functions as the storage region
        return client(region.isBlank() ? storageRegion : region, endpoint.isBlank() ? null : URI.create(endpoint),
                accessKey.isBlank() ? null : accessKey, secretKey);
    }

    /** A client for the region: an endpoint and static keys only for a local server (the test's cognito-local). */
    public static CognitoIdentityProviderClient client(String region, URI endpoint, String accessKey, String secretKey) {
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(10)));
        if (!region.isBlank()) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        builder.credentialsProvider(accessKey != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
                : DefaultCredentialsProvider.builder().build());
        return builder.build();
    }
}
