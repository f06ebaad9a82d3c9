package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.sendpmo.chase.Chase;
import org.sendpmo.chase.ChaseLog;

/** {@link ChaseLog} in {@code return_chase}; writes join the caller's transaction. */
@Singleton
public class JdbcChaseLog implements ChaseLog {

    private final ChaseRows rows;
    private final JdbcStorage storage;

    public JdbcChaseLog(ChaseRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public long open(String cycleId, String projectId, String chasedBy, List<String> recipients, Instant at) {
        ChaseRow row = new ChaseRow(null, cycleId, projectId, chasedBy, String.join(",", recipients),
                at.truncatedTo(ChronoUnit.MICROS), null);
        return storage.write(() -> rows.save(row)).id();
    }

    @Override
    public void sent(long id, String messageId) {
        storage.write(() -> {
            rows.sent(id, messageId);
            return null;
        });
    }

    @Override
    public List<Chase> forCycle(String cycleId) {
        return storage.read(() -> rows.forCycle(cycleId).stream().map(JdbcChaseLog::toChase).toList());
    }

    private static Chase toChase(ChaseRow r) {
        return new Chase(r.cycleId(), r.projectId(), r.chasedBy(), Arrays.asList(r.recipients().split(",")), r.at(), r.messageId());
    }
}
