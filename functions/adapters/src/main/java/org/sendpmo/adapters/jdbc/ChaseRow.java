package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code return_chase}; {@code recipients} comma-separated, {@code messageId} null until sent. */
@MappedEntity("return_chase")
public record ChaseRow(@Id @GeneratedValue @Nullable Long id, String cycleId, String projectId, String chasedBy,
                       String recipients, Instant at, @Nullable String messageId) {
}
