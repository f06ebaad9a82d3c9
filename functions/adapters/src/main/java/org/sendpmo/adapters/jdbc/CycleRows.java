package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CycleRows extends CrudRepository<CycleRow, String> {

    /** Latest meeting first; id breaks ties so the order is stable. */
    @Query("SELECT * FROM board_cycle ORDER BY meeting_date DESC, id")
    List<CycleRow> listLatestFirst();

    /**
     * The cycle, its row locked until the transaction ends: builds' pointer moves, final marks and build
     * requests of one cycle take this lock, so they happen one at a time.
     */
    @Query("SELECT * FROM board_cycle WHERE id = :id FOR UPDATE")
    List<CycleRow> lockById(String id);
}
