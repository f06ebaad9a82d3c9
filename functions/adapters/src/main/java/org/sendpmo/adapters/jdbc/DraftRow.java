package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code return_draft}: {@code fields} is the form's fields as a JSON object of strings. */
@MappedEntity("return_draft")
public record DraftRow(@Id @GeneratedValue @Nullable Long id, String username, String projectId, String reportingMonth,
                       String fields, Instant savedAt) {
}
