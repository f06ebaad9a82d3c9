package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code kpi_value}: {@code scope} is the project id, or empty for a programme-level value;
 * {@code valueText} is the exact decimal; {@code reportingMonth} is yyyy-MM;
 * {@code revisionReason} is null when none was given.
 */
@MappedEntity("kpi_value")
public record KpiValueRow(@Id @GeneratedValue @Nullable Long id, String kpiId, @Nullable String projectId, String scope,
                          String reportingMonth, int version, String valueText, Instant receivedAt,
                          @Nullable String revisionReason) {
}
