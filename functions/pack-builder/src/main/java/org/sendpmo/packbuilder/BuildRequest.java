package org.sendpmo.packbuilder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the pack-builder function is asked to do.
 *
 * @param cycleId the board cycle whose pack to build; required when there is no buildId
 * @param buildId a build already queued (by the api) to run; when absent, a new build of the cycle is queued first
 */
@Serdeable
@Introspected
public record BuildRequest(@Nullable String cycleId, @Nullable String buildId) {
}
