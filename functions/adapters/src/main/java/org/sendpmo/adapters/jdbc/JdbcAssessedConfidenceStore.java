package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.confidence.AssessedConfidence;
import org.sendpmo.confidence.AssessedConfidenceStore;
import org.sendpmo.confidence.ConfidenceRating;

/**
 * {@link AssessedConfidenceStore} in {@code assessed_confidence}: every recording kept, numbered per project
 * and cycle; the highest number is in force. Concurrent recordings collide on the unique constraint and the
 * loser is told to retry.
 */
@Singleton
public class JdbcAssessedConfidenceStore implements AssessedConfidenceStore {

    private final AssessedConfidenceRows rows;
    private final JdbcStorage storage;

    public JdbcAssessedConfidenceStore(AssessedConfidenceRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public void record(String projectId, String cycleId, AssessedConfidence a, Instant recordedAt) {
        Instant at = recordedAt.truncatedTo(ChronoUnit.MICROS);
        storage.write(() -> rows.save(new AssessedConfidenceRow(null, projectId, cycleId, rows.maxVersion(projectId, cycleId) + 1,
                a.rating().name(), a.assessedBy(), a.assessedOn(), a.note(), at)));
    }

    @Override
    public Optional<AssessedConfidence> forCycle(String projectId, String cycleId) {
        List<AssessedConfidence> all = history(projectId, cycleId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public Map<String, AssessedConfidence> forCycle(String cycleId) {
        return storage.read(() -> {
            Map<String, AssessedConfidence> latest = new LinkedHashMap<>();
            rows.latestForCycle(cycleId).forEach(r -> latest.put(r.projectId(), toAssessed(r)));
            return latest;
        });
    }

    @Override
    public List<AssessedConfidence> history(String projectId, String cycleId) {
        return storage.read(() -> rows.history(projectId, cycleId).stream().map(JdbcAssessedConfidenceStore::toAssessed).toList());
    }

    private static AssessedConfidence toAssessed(AssessedConfidenceRow r) {
        return new AssessedConfidence(ConfidenceRating.valueOf(r.rating()), r.assessedBy(), r.assessedOn(), r.note());
    }
}
