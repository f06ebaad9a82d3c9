package org.sendpmo.packbuilder;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the pack-builder function is asked to do: build one cycle, make the PDF board pack of one of its builds,
 * or, for an EventBridge scheduled event, queue and run every scheduled build that is due now.
 *
 * @param cycleId    the board cycle whose pack to build; required when there is no buildId
 * @param buildId    a build already queued (by the api) to run; when absent, a new build of the cycle is queued first
 * @param source     {@code aws.events} in an EventBridge event; absent in the api's requests
 * @param detailType {@code Scheduled Event} in an EventBridge schedule's event
 * @param kind       {@value org.sendpmo.adapters.build.LambdaBuildLauncher#BOARD_PACK} to make the PDF board pack of the
 *                   build (cycleId and buildId required); absent for a build
 */
@Serdeable
@Introspected
public record BuildRequest(@Nullable String cycleId, @Nullable String buildId, @Nullable String source,
                           @Nullable @JsonProperty("detail-type") String detailType, @Nullable String kind) {

    public BuildRequest(String cycleId, String buildId) {
        this(cycleId, buildId, null, null, null);
    }

    /** What the api's launcher sends for a PDF board pack job. */
    public static BuildRequest boardPack(String cycleId, String buildId) {
        return new BuildRequest(cycleId, buildId, null, null, org.sendpmo.adapters.build.LambdaBuildLauncher.BOARD_PACK);
    }

    public boolean boardPack() {
        return org.sendpmo.adapters.build.LambdaBuildLauncher.BOARD_PACK.equals(kind);
    }

    /** An EventBridge schedule's event (the rule's own, or any event from EventBridge with no cycle named). */
    public boolean scheduled() {
        return "Scheduled Event".equals(detailType) || ("aws.events".equals(source) && cycleId == null && buildId == null);
    }
}
