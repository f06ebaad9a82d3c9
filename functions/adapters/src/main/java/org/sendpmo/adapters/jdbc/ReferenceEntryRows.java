package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferenceEntryRows extends CrudRepository<ReferenceEntryRow, String> {

    @Query("SELECT * FROM reference_entry WHERE list_name = :listName ORDER BY code")
    List<ReferenceEntryRow> forList(String listName);
}
