package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StandingRows extends GenericRepository<StandingRow, StandingRow.Key> {

    StandingRow save(StandingRow row);

    /** For tests that start from empty tables. */
    @Query("DELETE FROM build_standing")
    void deleteAllRows();

    @Query("SELECT * FROM build_standing WHERE build_id = :buildId ORDER BY project_id")
    List<StandingRow> forBuild(String buildId);
}
