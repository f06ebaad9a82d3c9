package org.sendpmo.confidence;

import java.time.LocalDate;
import java.util.Objects;
import org.sendpmo.risk.ProjectRiskExposure;

/** Everything indicative confidence is computed from, for one project in one cycle. */
public record ConfidenceEvidence(String projectId, LocalDate cutOff, ReturnEvidence returnEvidence,
                                 ProjectRiskExposure exposure) {

    public ConfidenceEvidence {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(cutOff, "cutOff");
        Objects.requireNonNull(returnEvidence, "returnEvidence");
        Objects.requireNonNull(exposure, "exposure");
        if (!exposure.projectId().equals(projectId)) {
            throw new IllegalArgumentException("exposure is for " + exposure.projectId() + ", not " + projectId);
        }
    }
}
