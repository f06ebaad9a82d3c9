package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectRows extends CrudRepository<ProjectRow, String> {

    @Query("SELECT * FROM project ORDER BY id")
    List<ProjectRow> listOrdered();

    @Query("SELECT id FROM project WHERE lead_username = :username AND lead_username <> ''")
    List<String> idsLedBy(String username);
}
