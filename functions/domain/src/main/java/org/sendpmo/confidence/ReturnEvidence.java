package org.sendpmo.confidence;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.sendpmo.returns.ProjectReturn;

/** What the cycle has from a project's monthly return: one received by the cut-off, or none. */
public sealed interface ReturnEvidence {

    /**
     * @param dataQualityScore the return's data-quality score (methodology §3), 0..100, computed elsewhere
     */
    record Received(ProjectReturn projectReturn, int dataQualityScore) implements ReturnEvidence {
        public Received {
            Objects.requireNonNull(projectReturn, "projectReturn");
            if (dataQualityScore < 0 || dataQualityScore > 100) {
                throw new IllegalArgumentException("data-quality score must be 0..100, not " + dataQualityScore);
            }
        }
    }

    /**
     * No return for {@code month} by the cut-off. The last return received is carried forward (methodology
     * §3) and its RAG and milestones still count as evidence; its data quality was judged in its own cycle.
     *
     * @param carriedForward the latest earlier return, or {@code null} when the project has never returned one
     */
    record Missing(YearMonth month, ProjectReturn carriedForward) implements ReturnEvidence {
        public Missing {
            Objects.requireNonNull(month, "month");
        }

        public Optional<ProjectReturn> carried() {
            return Optional.ofNullable(carriedForward);
        }
    }
}
