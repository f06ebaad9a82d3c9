package org.sendpmo.storage;

/**
 * Thrown by adapters when the object store or database cannot complete a request
 * (network, service or server failure). The person is told to retry; bad input never raises it.
 */
public class StorageUnavailable extends RuntimeException {

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
