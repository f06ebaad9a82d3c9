package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DraftRows extends GenericRepository<DraftRow, Long> {

    DraftRow save(DraftRow row);

    @Query("SELECT * FROM return_draft WHERE username = :username AND project_id = :projectId AND reporting_month = :month")
    Optional<DraftRow> find(String username, String projectId, String month);

    @Query("UPDATE return_draft SET fields = :fields, saved_at = :savedAt WHERE id = :id")
    void replace(long id, String fields, java.time.Instant savedAt);

    @Query("DELETE FROM return_draft WHERE username = :username AND project_id = :projectId AND reporting_month = :month")
    int remove(String username, String projectId, String month);

    /** For tests that start from empty tables. */
    @Query("DELETE FROM return_draft")
    void deleteAll();

    @Query("SELECT * FROM return_draft WHERE username = :username ORDER BY saved_at DESC, id DESC")
    List<DraftRow> forUser(String username);
}
