package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code cycle_final}: present while the cycle's pack is final. */
@MappedEntity("cycle_final")
public record FinalRow(@Id String cycleId, String buildId, String markedBy, Instant markedAt) {
}
