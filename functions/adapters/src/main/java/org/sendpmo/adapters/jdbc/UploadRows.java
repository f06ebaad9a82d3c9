package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UploadRows extends CrudRepository<UploadRow, String> {

    Optional<UploadRow> findByRawKey(String rawKey);

    /** PENDING → PROCESSING in one statement; the row stays locked until the transaction ends. */
    @Query("UPDATE upload SET state = 'PROCESSING' WHERE id = :id AND state = 'PENDING'")
    int claim(String id);

    @Query("""
            UPDATE upload SET state = :state, processed_at = :processedAt, rows_read = :rowsRead, recorded = :recorded,
                   unchanged = :unchanged, problems = :problems
            WHERE id = :id AND state = 'PROCESSING'""")
    int complete(String id, String state, @Nullable Instant processedAt, int rowsRead, int recorded, int unchanged,
                 String problems);

    @Query("""
            SELECT * FROM upload WHERE state = 'PENDING' AND kind = :kind AND dry_run = FALSE AND requested_at < :before
            ORDER BY requested_at, id""")
    List<UploadRow> pendingBefore(String kind, Instant before);

    @Query("SELECT * FROM upload ORDER BY requested_at DESC, id DESC LIMIT :limit")
    List<UploadRow> recent(int limit);
}
