package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Append and read only: the audit log has no update or delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRows extends GenericRepository<AuditRow, Long> {

    AuditRow save(AuditRow row);

    @Query("SELECT * FROM audit_log WHERE at >= :from AND at < :to ORDER BY at DESC, id DESC LIMIT :limit")
    List<AuditRow> between(Instant from, Instant to, int limit);
}
