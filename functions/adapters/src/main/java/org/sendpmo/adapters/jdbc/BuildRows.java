package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BuildRows extends CrudRepository<BuildRow, String> {

    /** Newest first: ids are sortable UTC timestamps. */
    @Query("SELECT * FROM pack_build WHERE cycle_id = :cycleId ORDER BY id DESC")
    List<BuildRow> forCycle(String cycleId);

    /** The cycle's current build: its succeeded build with the greatest id, if any. */
    @Query("SELECT * FROM pack_build WHERE cycle_id = :cycleId AND status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1")
    List<BuildRow> latestSucceeded(String cycleId);

    @Query("UPDATE pack_build SET stage = :stage WHERE id = :id AND status = 'RUNNING'")
    int updateStage(String id, String stage);

    /** The succeeded build with the greatest id (the latest requested) of each cycle. */
    @Query("""
            SELECT b.* FROM pack_build b
            WHERE b.status = 'SUCCEEDED'
              AND NOT EXISTS (
                SELECT 1 FROM pack_build n
                WHERE n.cycle_id = b.cycle_id AND n.status = 'SUCCEEDED' AND n.id > b.id)
            ORDER BY b.cycle_id""")
    List<BuildRow> currentBuilds();

    /**
     * Moves a build to {@code status} only when it is in {@code fromA} or {@code fromB}: the check and
     * the write are one statement, so two workers cannot both win. Returns the rows changed (0 or 1).
     */
    @Query("""
            UPDATE pack_build SET status = :status, finished_at = :finishedAt, pages = :pages, message = :message
            WHERE id = :id AND status IN (:fromA, :fromB)""")
    int transition(String id, String fromA, String fromB, String status, @Nullable Instant finishedAt, int pages,
                   @Nullable String message);
}
