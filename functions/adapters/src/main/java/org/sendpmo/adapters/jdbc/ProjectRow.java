package org.sendpmo.adapters.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code project}; {@code improvementAreas} is the sorted, comma separated codes. */
@MappedEntity("project")
public record ProjectRow(@Id String id, String name, int operationalGroup, String lead, String improvementAreas) {
}
