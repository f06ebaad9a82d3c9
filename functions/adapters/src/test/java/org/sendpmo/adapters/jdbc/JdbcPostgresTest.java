package org.sendpmo.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The JDBC contract on a real PostgreSQL, in a schema of its own that is dropped afterwards. Skipped,
 * with the reason, when no server answers. Override the server with
 * {@code -Dsendpmo.test.postgres=jdbc:postgresql://host:port/db} (user postgres, no password).
 */
class JdbcPostgresTest extends JdbcPortsContract {

    private static final String SERVER = System.getProperty("sendpmo.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = "postgres";

    private final String schema = "jdbc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    @Override
    protected Map<String, Object> freshDatabase() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            created = true;
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL tests skipped: cannot create a schema on " + SERVER + " as " + USER + ": " + e.getMessage());
        }
        return Map.of(
                "datasources.default.url", SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", USER,
                "datasources.default.password", "");
    }

    @Override
    protected void dropDatabase() {
        if (!created) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }

    @Override
    protected String expectedProduct() {
        return "PostgreSQL";
    }
}
