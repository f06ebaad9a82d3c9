package org.sendpmo.returns;

import java.time.Instant;

/**
 * A return as recorded in the database.
 *
 * @param version 1 for the first return of a project and month, then 2, 3… for each resubmission
 */
public record RecordedReturn(RawKey rawKey, int version, Instant receivedAt, ProjectReturn content) {

    public String reference() {
        return rawKey.reference();
    }
}
