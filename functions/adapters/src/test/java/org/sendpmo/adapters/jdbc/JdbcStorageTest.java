package org.sendpmo.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.data.exceptions.DataAccessException;
import java.util.List;
import org.slf4j.LoggerFactory;
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
    void aDatabaseFailureIsLoggedWithItsCauseForTheOperatorWhileThePersonIsToldToRetry() {
        Logger logger = (Logger) LoggerFactory.getLogger(JdbcStorage.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            DataAccessException timeout = new DataAccessException("Timeout trying to lock table PROJECT_RETURN");
            assertThrows(StorageUnavailable.class, () -> outsideTransactions.read(() -> {
                throw timeout;
            }));
            assertThrows(IllegalArgumentException.class, () -> outsideTransactions.read(() -> {
                throw new IllegalArgumentException("bad input"); // not a database failure: not logged here
            }));
            List<ILoggingEvent> events = seen.list;
            assertEquals(1, events.size(), events.toString());
            assertEquals(Level.WARN, events.get(0).getLevel());
            assertTrue(events.get(0).getFormattedMessage().contains("Timeout trying to lock table PROJECT_RETURN"),
                    events.get(0).getFormattedMessage());
            assertEquals(timeout.getClass().getName(), events.get(0).getThrowableProxy().getClassName());
        } finally {
            logger.detachAppender(seen);
        }
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
