package org.sendpmo.confidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery confidence ratings recorded by the programme office for a project in a board cycle
 * (methodology §4). Every recording is kept; the latest recorded is the one in force.
 */
public interface AssessedConfidenceStore {

    /** Records an assessment; a later one for the same project and cycle supersedes it. */
    void record(String projectId, String cycleId, AssessedConfidence assessment, Instant recordedAt);

    /** The latest assessment recorded for the project in the cycle. */
    Optional<AssessedConfidence> forCycle(String projectId, String cycleId);

    /** For each project with an assessment in the cycle, the latest one. */
    Map<String, AssessedConfidence> forCycle(String cycleId);

    /** Every assessment recorded for the project in the cycle, oldest first. */
    List<AssessedConfidence> history(String projectId, String cycleId);
}
