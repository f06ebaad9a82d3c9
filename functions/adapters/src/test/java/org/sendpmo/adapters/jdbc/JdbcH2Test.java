package org.sendpmo.adapters.jdbc;

import java.util.Map;
import java.util.UUID;

/** The JDBC contract on H2 in PostgreSQL mode, as configured in application.yml, in a fresh in-memory database. */
class JdbcH2Test extends JdbcPortsContract {

    @Override
    protected Map<String, Object> freshDatabase() {
        // Same settings as application.yml; only the database name differs, so each class starts empty.
        return Map.of("datasources.default.url", "jdbc:h2:mem:" + "t" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @Override
    protected String expectedProduct() {
        return "H2";
    }
}
