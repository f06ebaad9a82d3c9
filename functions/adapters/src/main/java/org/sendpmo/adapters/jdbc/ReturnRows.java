package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReturnRows extends CrudRepository<ReturnRow, Long> {

    Optional<ReturnRow> findByRawKey(String rawKey);

    /** The highest version so far for the project and month; 0 when there is none. */
    @Query("SELECT COALESCE(MAX(version), 0) FROM project_return WHERE project_id = :projectId AND reporting_month = :month")
    int maxVersion(String projectId, String month);

    /**
     * Per project, the row with the greatest (reporting_month, version) among rows with a month on or
     * before {@code upToMonth} received strictly before {@code receivedBefore}. Plain SQL (NOT EXISTS)
     * so that H2 and PostgreSQL run the same text; the unique (project, month, version) makes it one row.
     */
    @Query("""
            SELECT r.* FROM project_return r
            WHERE r.reporting_month <= :upToMonth AND r.received_at < :receivedBefore
              AND NOT EXISTS (
                SELECT 1 FROM project_return n
                WHERE n.project_id = r.project_id
                  AND n.reporting_month <= :upToMonth AND n.received_at < :receivedBefore
                  AND (n.reporting_month > r.reporting_month
                       OR (n.reporting_month = r.reporting_month AND n.version > r.version)))
            ORDER BY r.project_id""")
    List<ReturnRow> latestPerProject(String upToMonth, Instant receivedBefore);

    /** Every version of every return with a month from {@code fromMonth} to {@code upToMonth}, received before the instant. */
    @Query("""
            SELECT * FROM project_return
            WHERE reporting_month >= :fromMonth AND reporting_month <= :upToMonth AND received_at < :receivedBefore
            ORDER BY project_id, reporting_month DESC, version DESC""")
    List<ReturnRow> between(String fromMonth, String upToMonth, Instant receivedBefore);

    @Query("SELECT * FROM project_return WHERE project_id = :projectId ORDER BY reporting_month DESC, version DESC")
    List<ReturnRow> history(String projectId);
}
