package org.sendpmo.adapters.mail;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.sendpmo.chase.Mailer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/** The one {@link Mailer}: a folder of .eml files (default) or Amazon SES ({@code assurance.mail.sender: ses}). */
@Factory
public class MailerFactory {

    @Singleton
    @Requires(property = "assurance.mail.sender", value = "folder", defaultValue = "folder")
    Mailer folderMailer(MailConfig config, Clock clock) {
        return new FolderMailer(Path.of(config.getFolder()), config.getFrom(), clock);
    }

    @Singleton
    @Requires(property = "assurance.mail.sender", value = "ses")
    Mailer sesMailer(MailConfig config, SesV2Client ses) {
        return new SesMailer(ses, config.getFrom());
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "assurance.mail.sender", value = "ses")
    SesV2Client sesClient(MailConfig config) {
        return client(config.getSes());
    }

    /** A client for the configuration: the endpoint and static keys only for a local SES server. */
    public static SesV2Client client(MailConfig.Ses ses) {
        SesV2ClientBuilder builder = SesV2Client.builder()
                .region(Region.of(ses.getRegion()))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)));
        if (ses.getEndpoint() != null) {
            builder.endpointOverride(ses.getEndpoint());
        }
        if (ses.getAccessKey() != null && ses.getSecretKey() != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ses.getAccessKey(), ses.getSecretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
