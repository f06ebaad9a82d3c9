package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * KPI definitions and their monthly values. A value is either programme-level (Kent-wide) or for one
 * project's own KPI. A revised value for the same KPI, project and month is a new version; earlier
 * versions are kept so that a pack can say what was revised since the last cycle.
 */
public interface KpiStore {

    /**
     * One stored version of a value.
     *
     * @param projectId null for a programme-level value
     * @param reason    why the value was revised, as given with it; null when none was (a first value, or a
     *                  value that came in with a project's return)
     */
    record RecordedValue(KpiObservation observation, String projectId, Instant receivedAt, String reason) {

        public RecordedValue(KpiObservation observation, String projectId, Instant receivedAt) {
            this(observation, projectId, receivedAt, null);
        }

        public RecordedValue {
            reason = reason == null || reason.isBlank() ? null : reason.strip();
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(receivedAt, "receivedAt");
            if (projectId != null && projectId.isBlank()) {
                throw new IllegalArgumentException("project id of a KPI value must be null (programme-level) or not blank");
            }
        }

        public boolean programmeLevel() {
            return projectId == null;
        }

        /** Whether this version replaced an earlier value. */
        public boolean revision() {
            return observation.version() > 1;
        }
    }

    /** Saves definitions, replacing any with the same id. */
    void saveDefinitions(List<KpiDefinition> definitions);

    /** Every definition, ordered by id. */
    List<KpiDefinition> definitions();

    /**
     * Records a value as a new version of (KPI, project, month). The same value as the latest version
     * (numerically equal) is not a revision: nothing is added and the latest version is returned.
     *
     * @param projectId null for a programme-level value
     * @throws IllegalArgumentException when no definition has that KPI id
     */
    default RecordedValue record(String kpiId, String projectId, YearMonth month, BigDecimal value, Instant receivedAt) {
        return record(kpiId, projectId, month, value, receivedAt, null);
    }

    /**
     * As {@link #record(String, String, YearMonth, BigDecimal, Instant)}, keeping why the value was revised.
     *
     * @param reason null when none was given
     */
    RecordedValue record(String kpiId, String projectId, YearMonth month, BigDecimal value, Instant receivedAt, String reason);

    /**
     * The latest version of one value, whenever received.
     *
     * @param projectId null for a programme-level value
     */
    java.util.Optional<RecordedValue> latestOf(String kpiId, String projectId, YearMonth month);

    /**
     * Per KPI, project (or programme) and month up to {@code upToMonth}, the highest version received
     * strictly before {@code receivedBefore}; ordered by KPI id, project id (programme-level first), month.
     */
    List<RecordedValue> latest(YearMonth upToMonth, Instant receivedBefore);

    /**
     * Revisions (versions 2 and up) received at or after {@code since} and strictly before
     * {@code receivedBefore}, for months up to {@code upToMonth}: what changed since the last cycle.
     */
    List<RecordedValue> revisedBetween(Instant since, Instant receivedBefore, YearMonth upToMonth);

    /**
     * The highest version of one value below {@code belowVersion} received strictly before {@code receivedBefore}:
     * what a revision replaced, as it stood at that instant; empty when there was none then.
     *
     * @param projectId null for a programme-level value
     */
    java.util.Optional<RecordedValue> earlier(String kpiId, String projectId, YearMonth month, int belowVersion,
                                              Instant receivedBefore);
}
