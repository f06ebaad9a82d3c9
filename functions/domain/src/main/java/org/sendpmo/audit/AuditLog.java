package org.sendpmo.audit;

import java.time.Instant;
import java.util.List;

/**
 * Port: the append-only record of every write. A change and its audit entry are recorded in the same
 * transaction where the change is a database write, so neither exists without the other.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Entries at or after {@code from} and before {@code to}, newest first, at most {@code limit}. */
    List<AuditEntry> between(Instant from, Instant to, int limit);
}
