package org.sendpmo.lead;

import java.time.Instant;

/** Port: which leads have been reminded of which cycle's return. Writes join the caller's transaction. */
public interface ReminderLog {

    boolean sent(String cycleId, String projectId, String username);

    void record(String cycleId, String projectId, String username, String email, Instant at);
}
