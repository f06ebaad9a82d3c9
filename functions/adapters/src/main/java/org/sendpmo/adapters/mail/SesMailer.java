package org.sendpmo.adapters.mail;

import org.sendpmo.chase.MailMessage;
import org.sendpmo.chase.MailUnavailable;
import org.sendpmo.chase.Mailer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Sends each message with Amazon SES's v2 SendEmail (simple content, UTF-8 plain text). */
public final class SesMailer implements Mailer {

    private static final String UTF_8 = "UTF-8";

    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public String send(MailMessage message) {
        try {
            return ses.sendEmail(request(message)).messageId();
        } catch (SdkException e) {
            throw new MailUnavailable("Amazon SES did not take the message (" + e.getMessage() + ").", e);
        }
    }

    SendEmailRequest request(MailMessage message) {
        Message simple = Message.builder()
                .subject(Content.builder().data(message.subject()).charset(UTF_8).build())
                .body(Body.builder().text(Content.builder().data(message.body()).charset(UTF_8).build()).build())
                .build();
        return SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(message.to()))
                .content(EmailContent.builder().simple(simple).build())
                .build();
    }
}
