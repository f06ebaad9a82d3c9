package org.sendpmo.packbuilder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The outcome of one invocation.
 *
 * @param status  a {@link org.sendpmo.pack.BuildStatus} name, or REJECTED (bad request), NOT_FOUND (no such cycle or
 *                build), REFUSED (the pack is final), SCHEDULED (a scheduled check ran every due build), or for a
 *                PDF board pack job a {@link org.sendpmo.pack.BoardPackJob.Status} name (READY or FAILED)
 * @param pages   pages written (0 unless SUCCEEDED)
 * @param message the build's summary or why it failed; for a PDF board pack, its size or why it failed
 */
@Serdeable
@Introspected
public record BuildResponse(String status, @Nullable String cycleId, @Nullable String buildId, int pages, String message) {
}
