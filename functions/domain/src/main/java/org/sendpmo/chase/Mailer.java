package org.sendpmo.chase;

/** Port: sends email. */
public interface Mailer {

    /**
     * Sends one message.
     *
     * @return the id the mail service gave it (for tracing a complaint back to the chase)
     * @throws MailUnavailable when it could not be handed over; then it was not sent
     */
    String send(MailMessage message);
}
