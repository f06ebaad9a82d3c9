package org.sendpmo.storage;

import java.util.function.Supplier;

/** Port: run work in one database transaction; any exception rolls it back. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
