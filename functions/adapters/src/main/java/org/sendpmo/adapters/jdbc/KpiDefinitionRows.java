package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KpiDefinitionRows extends CrudRepository<KpiDefinitionRow, String> {

    @Query("SELECT * FROM kpi_definition ORDER BY id")
    List<KpiDefinitionRow> listOrdered();
}
