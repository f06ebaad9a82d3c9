package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code reference_entry}: the id is the list's slug and the code, "risk-appetite:FINANCIAL". */
@MappedEntity("reference_entry")
public record ReferenceEntryRow(@Id String id, String listName, String code, String entryValue, String changedBy,
                                Instant changedAt) {
}
