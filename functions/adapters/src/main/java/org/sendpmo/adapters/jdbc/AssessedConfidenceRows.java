package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssessedConfidenceRows extends CrudRepository<AssessedConfidenceRow, Long> {

    @Query("SELECT COALESCE(MAX(version), 0) FROM assessed_confidence WHERE project_id = :projectId AND cycle_id = :cycleId")
    int maxVersion(String projectId, String cycleId);

    /** Per project, the highest version recorded for the cycle. */
    @Query("""
            SELECT a.* FROM assessed_confidence a
            WHERE a.cycle_id = :cycleId
              AND NOT EXISTS (
                SELECT 1 FROM assessed_confidence n
                WHERE n.project_id = a.project_id AND n.cycle_id = a.cycle_id AND n.version > a.version)
            ORDER BY a.project_id""")
    List<AssessedConfidenceRow> latestForCycle(String cycleId);

    @Query("SELECT * FROM assessed_confidence WHERE project_id = :projectId AND cycle_id = :cycleId ORDER BY version")
    List<AssessedConfidenceRow> history(String projectId, String cycleId);
}
