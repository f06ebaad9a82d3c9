package org.sendpmo.adapters.jdbc;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.sendpmo.storage.StorageUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every JDBC adapter touches the database: reads as they are, writes in a transaction (joining
 * the caller's, if any), and any database failure turned into {@link StorageUnavailable} so that the
 * person is told to retry. Exceptions that are not database failures (bad input, broken invariants)
 * pass through unchanged; {@link StorageUnavailable} itself is never wrapped twice.
 */
@Singleton
public class JdbcStorage {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

    static final String RETRY = "The database could not complete the request, so nothing was saved. Please try again in a minute.";

    private final TransactionOperations<Connection> transactions;

    public JdbcStorage(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T read(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Runs the work in one transaction; any exception rolls it back (Micronaut rolls back on every RuntimeException). */
    public <T> T write(Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> work.get());
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof StorageUnavailable) {
            return e;
        }
        if (!isDatabaseFailure(e)) {
            return e;
        }
        // The person is told only to retry, and callers often keep only that message: the cause is logged here,
        // once, so the operator can see what the database said.
        LOG.warn("Database failure, reported as \"try again\": {}", e.toString(), e);
        return new StorageUnavailable(RETRY, e);
    }

    private static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof ConnectionException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
