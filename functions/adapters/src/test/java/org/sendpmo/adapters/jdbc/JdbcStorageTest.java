package org.sendpmo.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sendpmo.storage.StorageUnavailable;

/** Which failures mean "retry": the classification alone, without a database (the engines are covered by JdbcH2Test and JdbcPostgresTest). */
class JdbcStorageTest {

    private final JdbcStorage outsideTransactions = new JdbcStorage(null);

    @Test
    void databaseFailuresBecomeStorageUnavailable() {
        DataAccessException dataAccess = new DataAccessException("connection reset");
        StorageUnavailable e = assertThrows(StorageUnavailable.class, () -> outsideTransactions.read(() -> {
            throw dataAccess;
        }));
        assertSame(dataAccess, e.getCause());
        assertEquals(JdbcStorage.RETRY, e.getMessage());

        RuntimeException wrappedSql = new RuntimeException("pool", new SQLTransientConnectionException("timeout"));
        assertSame(wrappedSql, assertThrows(StorageUnavailable.class, () -> outsideTransactions.read(() -> {
            throw wrappedSql;
        })).getCause());
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        IllegalArgumentException bad = new IllegalArgumentException("bad input");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> outsideTransactions.read(() -> {
            throw bad;
        })));
        StorageUnavailable down = new StorageUnavailable("object store down", null);
        assertSame(down, assertThrows(StorageUnavailable.class, () -> outsideTransactions.read(() -> {
            throw down;
        })));
        assertTrue(outsideTransactions.read(() -> true));
    }
}
