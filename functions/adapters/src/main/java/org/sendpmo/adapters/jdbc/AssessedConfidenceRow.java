package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code assessed_confidence}. */
@MappedEntity("assessed_confidence")
public record AssessedConfidenceRow(@Id @GeneratedValue @Nullable Long id, String projectId, String cycleId, int version,
                                    String rating, String assessedBy, LocalDate assessedOn, String note, Instant recordedAt) {
}
