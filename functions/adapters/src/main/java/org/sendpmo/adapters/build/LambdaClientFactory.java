package org.sendpmo.adapters.build;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;

/** The Lambda client, only where builds are launched in AWS. */
@Factory
@Requires(property = "assurance.build.launcher", value = "lambda")
public class LambdaClientFactory {

    @Singleton
    LambdaClient lambdaClient(@Value("${assurance.storage.region}") String region,
                              @Value("${assurance.build.lambda-endpoint:}") Optional<String> endpoint) {
        LambdaClientBuilder builder = LambdaClient.builder().region(Region.of(region))
                .httpClientBuilder(ApacheHttpClient.builder());
        endpoint.filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)));
        return builder.build();
    }
}
