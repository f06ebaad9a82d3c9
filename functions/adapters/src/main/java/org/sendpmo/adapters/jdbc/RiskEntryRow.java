package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of {@code risk_entry_version}; {@code content} is {@link RiskEntryJson}'s JSON. */
@MappedEntity("risk_entry_version")
public record RiskEntryRow(@Id @GeneratedValue @Nullable Long id, String entryId, int version, LocalDate recordedOn,
                           String entryType, String status, String content) {
}
