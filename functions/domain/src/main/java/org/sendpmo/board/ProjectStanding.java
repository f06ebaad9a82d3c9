package org.sendpmo.board;

import java.math.BigDecimal;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.returns.Rag;
import org.sendpmo.scoring.Band;
import org.sendpmo.scoring.CriterionScores;

/**
 * Where a project stood in one cycle: the figures the board saw, and the inputs behind them, so that a
 * change between cycles can be explained by the input that caused it.
 *
 * @param rank               0 when not ranked
 * @param score              null when not scored
 * @param band               null when not scored
 * @param rag                null when the project had no return
 * @param returnReference    the reference of the return used, null when none
 * @param scores             the criterion scores of that return, null when none
 * @param methodologyVersion the methodology the figures were computed under
 * @param confidence         the delivery confidence in force, null when not worked out
 * @param confidenceBasis    what that rating rests on, in words ("" when not worked out)
 */
public record ProjectStanding(String projectId, String name, int rank, BigDecimal score, Band band, Rag rag,
                              String returnReference, CriterionScores scores, String methodologyVersion,
                              ConfidenceRating confidence, String confidenceBasis) {

    public ProjectStanding {
        confidenceBasis = confidenceBasis == null ? "" : confidenceBasis;
    }

    public ProjectStanding withConfidence(ConfidenceRating rating, String basis) {
        return new ProjectStanding(projectId, name, rank, score, band, rag, returnReference, scores, methodologyVersion,
                rating, basis);
    }
}
