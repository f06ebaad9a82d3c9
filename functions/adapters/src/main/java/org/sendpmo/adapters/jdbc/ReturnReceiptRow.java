package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** The columns of a {@code project_return} row that say a version arrived, without its content (a projection). */
@Introspected
public record ReturnReceiptRow(String rawKey, String projectId, String reportingMonth, int version, Instant receivedAt) {
}
