package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;

/** The audit log in {@code audit_log}; a record joins the caller's transaction, if any. */
@Singleton
public class JdbcAuditLog implements AuditLog {

    private static final int DETAIL_MAX = 1000;

    private final AuditRows rows;
    private final JdbcStorage storage;

    public JdbcAuditLog(AuditRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public void record(AuditEntry e) {
        AuditRow row = new AuditRow(null, e.at().truncatedTo(ChronoUnit.MICROS), cut(e.actor(), 120), e.action().name(),
                cut(e.subject(), 200), cut(e.reference(), 300), cut(e.detail(), DETAIL_MAX));
        storage.write(() -> rows.save(row));
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        return storage.read(() -> rows.between(from, to, limit).stream().map(JdbcAuditLog::toEntry).toList());
    }

    private static AuditEntry toEntry(AuditRow r) {
        return new AuditEntry(r.at(), r.actor(), AuditAction.valueOf(r.action()), r.subject(), r.reference(), r.detail());
    }

    /** Free text is cut to the column, marked with an ellipsis, rather than failing the change it records. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
