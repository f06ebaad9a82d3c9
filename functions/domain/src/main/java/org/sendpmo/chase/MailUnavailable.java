package org.sendpmo.chase;

/** The mail service refused or could not be reached: the message was not sent. */
public class MailUnavailable extends RuntimeException {

    public MailUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
