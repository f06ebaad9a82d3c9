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
}
