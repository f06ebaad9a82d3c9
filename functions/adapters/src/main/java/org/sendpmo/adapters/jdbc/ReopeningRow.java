package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code cycle_reopening}. */
@MappedEntity("cycle_reopening")
public record ReopeningRow(@Id @GeneratedValue @Nullable Long id, String cycleId, String buildId, String finalBy,
                           Instant finalAt, String reopenedBy, Instant reopenedAt, String reason) {
}
