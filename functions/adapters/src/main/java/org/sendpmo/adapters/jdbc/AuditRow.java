package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code audit_log}; {@code action} is an {@link org.sendpmo.audit.AuditAction} name. */
@MappedEntity("audit_log")
public record AuditRow(@Id @GeneratedValue @Nullable Long id, Instant at, String actor, String action, String subject,
                       @Nullable String reference, @Nullable String detail) {
}
