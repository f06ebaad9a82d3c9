package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code upload}; {@code problems} is a JSON array. */
@MappedEntity("upload")
public record UploadRow(@Id String id, String rawKey, String kind, boolean dryRun, String fileName, long sizeBytes,
                        Instant requestedAt, String state, @Nullable Instant processedAt, int rowsRead, int recorded,
                        int unchanged, String problems) {
}
