package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code return_reminder}. */
@MappedEntity("return_reminder")
public record ReminderRow(@Id @GeneratedValue @Nullable Long id, String cycleId, String projectId, String username, String email,
                          Instant at) {
}
