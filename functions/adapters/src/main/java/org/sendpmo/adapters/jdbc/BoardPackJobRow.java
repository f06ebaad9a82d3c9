package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code board_pack_job}: the latest state of a build's PDF board pack. */
@MappedEntity("board_pack_job")
public record BoardPackJobRow(@Id String buildId, String cycleId, String status, String requestedBy, Instant requestedAt,
                              @Nullable Instant finishedAt, String message) {
}
