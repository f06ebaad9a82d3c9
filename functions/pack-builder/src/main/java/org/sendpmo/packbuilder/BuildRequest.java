package org.sendpmo.packbuilder;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the pack-builder function is asked to do: build one cycle, or, for an EventBridge scheduled event,
 * queue and run every scheduled build that is due now.
 *
 * @param cycleId    the board cycle whose pack to build; required when there is no buildId
 * @param buildId    a build already queued (by the api) to run; when absent, a new build of the cycle is queued first
 * @param source     {@code aws.events} in an EventBridge event; absent in the api's requests
 * @param detailType {@code Scheduled Event} in an EventBridge schedule's event
 */
@Serdeable
@Introspected
public record BuildRequest(@Nullable String cycleId, @Nullable String buildId, @Nullable String source,
                           @Nullable @JsonProperty("detail-type") String detailType) {

    public BuildRequest(String cycleId, String buildId) {
        this(cycleId, buildId, null, null);
    }

    /** An EventBridge schedule's event (the rule's own, or any event from EventBridge with no cycle named). */
    public boolean scheduled() {
        return "Scheduled Event".equals(detailType) || ("aws.events".equals(source) && cycleId == null && buildId == null);
    }
}
