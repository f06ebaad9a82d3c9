package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReminderRows extends GenericRepository<ReminderRow, Long> {

    ReminderRow save(ReminderRow row);

    /** For tests that start from empty tables. */
    @Query("DELETE FROM return_reminder")
    void deleteAll();

    @Query("SELECT COUNT(*) FROM return_reminder WHERE cycle_id = :cycleId AND project_id = :projectId AND username = :username")
    long count(String cycleId, String projectId, String username);
}
