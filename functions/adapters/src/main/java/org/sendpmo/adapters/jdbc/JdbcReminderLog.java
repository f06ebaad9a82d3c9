package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sendpmo.lead.ReminderLog;

/** {@link ReminderLog} in {@code return_reminder}; writes join the caller's transaction. */
@Singleton
public class JdbcReminderLog implements ReminderLog {

    private final ReminderRows rows;
    private final JdbcStorage storage;

    public JdbcReminderLog(ReminderRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public boolean sent(String cycleId, String projectId, String username) {
        return storage.read(() -> rows.count(cycleId, projectId, username) > 0);
    }

    @Override
    public void record(String cycleId, String projectId, String username, String email, Instant at) {
        storage.write(() -> rows.save(new ReminderRow(null, cycleId, projectId, username, email, at.truncatedTo(ChronoUnit.MICROS))));
    }
}
