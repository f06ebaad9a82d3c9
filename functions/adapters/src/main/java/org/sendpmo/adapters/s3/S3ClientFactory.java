package org.sendpmo.adapters.s3;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link S3Client} of a function, built from {@link StorageProperties}. */
@Factory
public class S3ClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3Client(StorageProperties properties) {
        return create(properties);
    }

    /** Signs the URLs browsers PUT uploads to; same region, endpoint and credentials as the client. */
    @Singleton
    @Bean(preDestroy = "close")
    S3Presigner s3Presigner(StorageProperties properties) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(properties.getRegion()))
                .credentialsProvider(credentials(properties));
        if (properties.hasEndpoint() || properties.isPathStyle()) {
            builder.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        if (properties.hasEndpoint()) {
            builder.endpointOverride(properties.getEndpoint());
        }
        return builder.build();
    }

    /**
     * Builds a client with the Apache HTTP client (the URL-connection client intermittently fails
     * first PUTs against S3Proxy, and its retry turns a conditional write into a false 412).
     */
    public static S3Client create(StorageProperties properties) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(properties.getRegion()))
                .credentialsProvider(credentials(properties))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .maxConnections(maxConnections(properties)));
        if (properties.hasEndpoint()) {
            // S3-compatible servers on loopback have no virtual-host DNS. Checksums stay at the SDK
            // default, as on AWS: S3Proxy 4.1.0 accepts the aws-chunked CRC trailers.
            builder.endpointOverride(properties.getEndpoint()).forcePathStyle(true);
        } else if (properties.isPathStyle()) {
            builder.forcePathStyle(true);
        }
        return builder.build();
    }

    /**
     * Enough connections for a pack publish's requests in flight, never fewer than the SDK's default (the
     * local run's API serves several requests at once through this one client).
     */
    static int maxConnections(StorageProperties properties) {
        int sdkDefault = SdkHttpConfigurationOption.GLOBAL_HTTP_DEFAULTS.get(SdkHttpConfigurationOption.MAX_CONNECTIONS);
        return Math.max(sdkDefault, properties.getPublishConcurrency());
    }

    private static AwsCredentialsProvider credentials(StorageProperties properties) {
        if (properties.hasStaticKeys()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(properties.getAccessKey(), properties.getSecretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
