package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code kpi_definition}; targets and the agreed baseline's value are exact decimal
 * text, null when unset; the baseline's month is yyyy-MM. */
@MappedEntity("kpi_definition")
public record KpiDefinitionRow(@Id String id, String name, String unit, String polarity, String owner, String frequency,
                               boolean critical, String improvementAreas,
                               @Nullable @MappedProperty("target_3_months") String target3Months,
                               @Nullable @MappedProperty("target_6_months") String target6Months,
                               @Nullable @MappedProperty("target_12_months") String target12Months,
                               @Nullable String baselineMonth, @Nullable String baselineValue) {
}
