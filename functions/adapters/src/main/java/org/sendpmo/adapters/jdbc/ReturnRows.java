package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
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
     * before {@code upToMonth} received strictly before {@code receivedBefore}: per project its latest such
     * month, then that month's highest such version, then the row, each step a grouped scan or a lookup in the
     * unique (project, month, version) index. Plain SQL, so H2 and PostgreSQL run the same text. The
     * correlated NOT EXISTS this replaces made H2 read, for every row, the rows of every month through the
     * month index, so reading the returns in force grew with the square of the returns. {@code PackReadQueryPlans}
     * checks both engines' plans.
     */
    String LATEST_PER_PROJECT = """
            SELECT r.* FROM project_return r
            JOIN (SELECT m.project_id, m.reporting_month, MAX(m.version) AS version
                  FROM project_return m
                  JOIN (SELECT project_id, MAX(reporting_month) AS reporting_month FROM project_return
                        WHERE reporting_month <= :upToMonth AND received_at < :receivedBefore
                        GROUP BY project_id) lm
                    ON m.project_id = lm.project_id AND m.reporting_month = lm.reporting_month
                  WHERE m.received_at < :receivedBefore
                  GROUP BY m.project_id, m.reporting_month) lv
              ON r.project_id = lv.project_id AND r.reporting_month = lv.reporting_month AND r.version = lv.version
            ORDER BY r.project_id""";

    /** {@link #LATEST_PER_PROJECT}. */
    @Query(LATEST_PER_PROJECT)
    List<ReturnRow> latestPerProject(String upToMonth, Instant receivedBefore);

    /**
     * Every version of every return with a month from {@code fromMonth} to {@code upToMonth}, received before the
     * instant, without its content: a pack build's statuses look at every version of two years of returns, and
     * reading and decoding each one's JSON was a sixth of a 10,000-project build.
     */
    @Query("""
            SELECT raw_key, project_id, reporting_month, version, received_at FROM project_return
            WHERE reporting_month >= :fromMonth AND reporting_month <= :upToMonth AND received_at < :receivedBefore
            ORDER BY project_id, reporting_month DESC, version DESC""")
    List<ReturnReceiptRow> receiptsBetween(String fromMonth, String upToMonth, Instant receivedBefore);

    /** The rows with these raw keys, each found through the unique raw key index. */
    List<ReturnRow> findByRawKeyIn(Collection<String> rawKeys);

    @Query("SELECT * FROM project_return WHERE project_id = :projectId ORDER BY reporting_month DESC, version DESC")
    List<ReturnRow> history(String projectId);
}
