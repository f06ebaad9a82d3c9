package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code pack_build}; {@code status} is a {@link org.sendpmo.pack.BuildStatus} name, {@code stage} a
 * {@link org.sendpmo.pack.BuildStage} name.
 */
@MappedEntity("pack_build")
public record BuildRow(@Id String id, String cycleId, String status, Instant requestedAt, @Nullable Instant finishedAt,
                       int pages, @Nullable String message, String requestedBy, @Nullable String stage,
                       @Nullable LocalDate scheduledOn) {
}
