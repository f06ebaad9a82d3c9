package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RiskEntryRows extends CrudRepository<RiskEntryRow, Long> {

    /** The latest version of every entry (NOT EXISTS: the same text on H2 and PostgreSQL). */
    @Query("""
            SELECT r.* FROM risk_entry_version r
            WHERE NOT EXISTS (
                SELECT 1 FROM risk_entry_version n WHERE n.entry_id = r.entry_id AND n.version > r.version)""")
    List<RiskEntryRow> latestVersions();

    /** Per entry, the highest version recorded on or before the cut-off (NOT EXISTS: the same text on H2 and PostgreSQL). */
    @Query("""
            SELECT r.* FROM risk_entry_version r
            WHERE r.recorded_on <= :cutOff
              AND NOT EXISTS (
                SELECT 1 FROM risk_entry_version n
                WHERE n.entry_id = r.entry_id AND n.recorded_on <= :cutOff AND n.version > r.version)
            ORDER BY r.entry_id""")
    List<RiskEntryRow> asAt(LocalDate cutOff);

    @Query("SELECT * FROM risk_entry_version WHERE entry_id = :entryId ORDER BY version")
    List<RiskEntryRow> history(String entryId);
}
