package org.sendpmo.reference;

import java.time.Instant;
import java.util.Objects;

/** One value the programme office set on a reference list, with who set it and when. */
public record ReferenceEntry(ReferenceList list, String code, String value, String changedBy, Instant changedAt) {

    public ReferenceEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
