package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KpiValueRows extends CrudRepository<KpiValueRow, Long> {

    /**
     * The id is found first, by itself, so that H2 walks the unique (kpi_id, scope, reporting_month, version)
     * index: asked for whole rows directly, H2 2.3 chose the index of the kpi_id foreign key instead and read
     * every value of that KPI for each value recorded, so recording slowed as the table grew (loading 10,000
     * projects' returns took four times as long as 5,000's). {@code KpiValueQueryPlanTest} checks the plan.
     */
    String LATEST = """
            SELECT * FROM kpi_value WHERE id = (
              SELECT id FROM kpi_value WHERE kpi_id = :kpiId AND scope = :scope AND reporting_month = :month
              ORDER BY version DESC LIMIT 1)""";

    @Query(LATEST)
    Optional<KpiValueRow> latest(String kpiId, String scope, String month);

    /**
     * Every version of every value for months up to {@code upToMonth} received before the instant, each KPI,
     * scope and month together with its highest version first: {@link JdbcKpiStore#latest} keeps the first of
     * each. One ordered scan: the query this replaces asked, for every row, whether a higher version existed
     * (a correlated NOT EXISTS), which H2 answered by reading every value of the row's KPI, so a pack build's
     * read grew with the square of the values (most of a 10,000-project build's reading). {@code PackReadQueryPlans}
     * checks both engines' plans.
     */
    String VERSIONS_UP_TO = """
            SELECT * FROM kpi_value
            WHERE reporting_month <= :upToMonth AND received_at < :receivedBefore
            ORDER BY kpi_id, scope, reporting_month, version DESC""";

    /** {@link #VERSIONS_UP_TO}. */
    @Query(VERSIONS_UP_TO)
    List<KpiValueRow> versionsUpTo(String upToMonth, Instant receivedBefore);

    @Query("""
            SELECT * FROM kpi_value
            WHERE version > 1 AND received_at >= :since AND received_at < :receivedBefore AND reporting_month <= :upToMonth
            ORDER BY kpi_id, scope, reporting_month, version""")
    List<KpiValueRow> revisedBetween(Instant since, Instant receivedBefore, String upToMonth);

    /** One value's highest version below {@code belowVersion} received before the instant (the unique key's index). */
    @Query("""
            SELECT * FROM kpi_value
            WHERE kpi_id = :kpiId AND scope = :scope AND reporting_month = :month AND version < :belowVersion
              AND received_at < :receivedBefore
            ORDER BY version DESC LIMIT 1""")
    Optional<KpiValueRow> earlier(String kpiId, String scope, String month, int belowVersion, Instant receivedBefore);
}
