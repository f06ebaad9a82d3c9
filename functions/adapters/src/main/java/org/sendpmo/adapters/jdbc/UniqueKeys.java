package org.sendpmo.adapters.jdbc;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a failure that is a named unique key refusing a row from any other database failure. SQLSTATE 23505 is the
 * standard's unique violation in both PostgreSQL and H2; both name the constraint or index in the message
 * (PostgreSQL: {@code violates unique constraint "project_name_key_uq"}, H2: {@code "public.project_name_key_uq ON …"}).
 */
final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    static boolean violated(Throwable failure, String keyName) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(keyName)) {
                return true;
            }
        }
        return false;
    }
}
