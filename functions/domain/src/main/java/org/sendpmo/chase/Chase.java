package org.sendpmo.chase;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reminder sent to a project's leads about a return outstanding for a board cycle.
 *
 * @param chasedBy   the username of the person who chased
 * @param recipients the email addresses it went to
 * @param messageId  the mail service's id for the message
 */
public record Chase(String cycleId, String projectId, String chasedBy, List<String> recipients, Instant at, String messageId) {

    public Chase {
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(chasedBy, "chasedBy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(messageId, "messageId");
        recipients = List.copyOf(recipients);
    }
}
