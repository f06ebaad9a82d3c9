package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code project_return}; {@code content} is the codec's canonical JSON. */
@MappedEntity("project_return")
public record ReturnRow(@Id @GeneratedValue @Nullable Long id, String rawKey, String projectId, String reportingMonth,
                        int version, Instant receivedAt, String overallRag, String content) {
}
