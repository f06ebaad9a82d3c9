package org.sendpmo.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of scoring one project: scored, or not scored because criteria are missing. */
public sealed interface PriorityAssessment {

    /** @param contributions one per criterion, in criterion order; they add up exactly to {@code score} */
    record Scored(BigDecimal score, Band band, List<Contribution> contributions) implements PriorityAssessment {
        public Scored {
            contributions = List.copyOf(contributions);
        }
    }

    /** "Assessment incomplete": never ranked on an imputed value. */
    record Incomplete(List<Criterion> missing) implements PriorityAssessment {
        public Incomplete {
            missing = List.copyOf(missing);
        }
    }
}
