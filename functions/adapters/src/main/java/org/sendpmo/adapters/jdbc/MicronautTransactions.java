package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.sendpmo.storage.StorageUnavailable;
import org.sendpmo.storage.Transactions;

/**
 * One database transaction through Micronaut's {@code TransactionOperations}. Any exception rolls it
 * back; database failures reach the caller as {@link StorageUnavailable} ("retry"), everything else
 * (including {@link StorageUnavailable} from, say, the object store) unchanged.
 */
@Singleton
public class MicronautTransactions implements Transactions {

    private final JdbcStorage storage;

    public MicronautTransactions(JdbcStorage storage) {
        this.storage = storage;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return storage.write(work);
    }
}
