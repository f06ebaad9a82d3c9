package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A row of {@code project}; {@code improvementAreas}, {@code ministerialPriorities} and {@code dependsOn} are
 * sorted, comma separated codes or ids; {@code nameKey} is {@link org.sendpmo.project.Project#nameKey}, unique.
 */
@MappedEntity("project")
public record ProjectRow(@Id String id, String name, int operationalGroup, String lead, String improvementAreas,
                         String description, String leadUsername, String ministerialPriorities, String stage,
                         @Nullable LocalDate startDate, @Nullable LocalDate plannedEndDate, @Nullable LocalDate closedOn,
                         String dependsOn, String nameKey) {
}
