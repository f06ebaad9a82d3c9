package org.sendpmo.returns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the raw upload store. Objects are written once and never changed or deleted. */
public interface ReturnArchive {

    /**
     * Writes the object only if no object has the key (a conditional write). The time it was
     * received is kept with it, so that a rebuilt database dates it as the original did.
     *
     * @return true if written, false if an object with that key already existed
     */
    boolean putIfAbsent(String key, byte[] bytes, String contentType, Instant receivedAt);

    Optional<StoredObject> get(String key);

    /** Every key under the prefix, in key order. */
    List<String> listKeys(String prefix);

    /** @param receivedAt when the product received it (kept as object metadata; the write time if absent) */
    record StoredObject(byte[] bytes, Instant receivedAt) {
    }
}
