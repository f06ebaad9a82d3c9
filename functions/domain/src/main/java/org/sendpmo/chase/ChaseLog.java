package org.sendpmo.chase;

import java.util.List;

/** Port: every chase, kept. */
public interface ChaseLog {

    /**
     * Records a chase before its email is sent (the message id is not known yet), in the caller's transaction.
     *
     * @return the record's id, for {@link #sent}
     */
    long open(String cycleId, String projectId, String chasedBy, List<String> recipients, java.time.Instant at);

    /** Completes the record with the mail service's id once the email has been handed over. */
    void sent(long id, String messageId);

    /** The cycle's chases, newest first; only those whose email was sent. */
    List<Chase> forCycle(String cycleId);
}
