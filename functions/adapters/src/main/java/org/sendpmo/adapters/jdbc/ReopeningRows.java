package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append and read only: a reopening is history. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReopeningRows extends GenericRepository<ReopeningRow, Long> {

    ReopeningRow save(ReopeningRow row);

    @Query("SELECT * FROM cycle_reopening WHERE cycle_id = :cycleId ORDER BY reopened_at DESC, id DESC")
    List<ReopeningRow> forCycle(String cycleId);
}
