package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChaseRows extends GenericRepository<ChaseRow, Long> {

    ChaseRow save(ChaseRow row);

    @Query("UPDATE return_chase SET message_id = :messageId WHERE id = :id")
    void sent(long id, String messageId);

    @Query("SELECT * FROM return_chase WHERE cycle_id = :cycleId AND message_id IS NOT NULL ORDER BY at DESC, id DESC")
    List<ChaseRow> forCycle(String cycleId);
}
