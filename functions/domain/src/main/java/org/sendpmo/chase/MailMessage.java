package org.sendpmo.chase;

import java.util.List;

/** One plain-text email. */
public record MailMessage(List<String> to, String subject, String body) {

    public MailMessage {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient");
        }
        if (subject == null || subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("an email needs a one-line subject: " + subject);
        }
        if (body == null) {
            throw new IllegalArgumentException("an email needs a body");
        }
    }
}
