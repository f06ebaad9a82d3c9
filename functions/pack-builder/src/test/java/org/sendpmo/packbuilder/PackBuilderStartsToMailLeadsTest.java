package org.sendpmo.packbuilder;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.cognito.CognitoProjectLeads;
import org.sendpmo.adapters.mail.SesMailer;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.chase.Mailer;
import org.sendpmo.chase.ProjectLeads;
import org.sendpmo.lead.Reminders;

/**
 * The pack-builder starts with the settings it gets in AWS for its scheduled reminders (infra
 * {@code Functions}: a user pool and SES as the sender) and wires them: its jar carries the Cognito and SES
 * SDK modules (the {@code lean-lambda-jar} rule once banned SES here). Nothing is sent: making the SDK
 * clients calls no AWS service, so no fake stands in.
 */
class PackBuilderStartsToMailLeadsTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Test
    void withAUserPoolAndSesItWiresCognitoLeadsAndTheSesMailerForTheReminders() {
        Map<String, Object> properties = new HashMap<>(S3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:pack-builder-mail-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("assurance.cognito.user-pool-id", "eu-west-2_TestPool1");
        properties.put("assurance.mail.sender", "ses");
        properties.put("assurance.mail.from", "send-pmo@north.example.gov.uk");
        properties.put("assurance.mail.ses.region", "eu-west-2");
        properties.put("assurance.site.public-base-url", "https://assurance.example.org");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            assertInstanceOf(SesMailer.class, context.getBean(Mailer.class));
            assertInstanceOf(CognitoProjectLeads.class, context.getBean(ProjectLeads.class));
            assertNotNull(context.getBean(Reminders.class));
            assertNotNull(context.getBean(PackBuilderHandler.class));
        }
    }
}
