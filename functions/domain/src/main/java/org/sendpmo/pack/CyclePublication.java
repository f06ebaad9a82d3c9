package org.sendpmo.pack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which build of a cycle is current, whether the pack is final, and every time it was reopened.
 *
 * @param currentBuildId the latest succeeded build, whose pack board members read; null before any
 * @param finalMark      the final build and who marked it, or null when the pack is open to builds
 * @param reopenings     newest first
 */
public record CyclePublication(String cycleId, String currentBuildId, FinalMark finalMark, List<Reopening> reopenings) {

    public CyclePublication {
        Objects.requireNonNull(cycleId, "cycleId");
        reopenings = List.copyOf(reopenings);
    }

    public boolean isFinal() {
        return finalMark != null;
    }

    /** @param by the actor's username */
    public record FinalMark(String buildId, String by, Instant at) {
    }

    /** One reopening: the build that had been final, who marked it, and who reopened it, when and why. */
    public record Reopening(String buildId, String finalBy, Instant finalAt, String reopenedBy, Instant reopenedAt,
                            String reason) {
    }
}
