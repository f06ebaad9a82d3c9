package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;

/** A row of {@code build_standing}. */
@MappedEntity("build_standing")
public record StandingRow(@EmbeddedId Key id, String projectName, int rank, @Nullable BigDecimal score,
                          @Nullable String band, @Nullable String rag, @Nullable String returnReference,
                          @Nullable String criterionScores, String methodologyVersion, @Nullable String confidence,
                          String confidenceBasis) {

    @Embeddable
    public record Key(@MappedProperty("build_id") String buildId, @MappedProperty("project_id") String projectId) {
    }
}
