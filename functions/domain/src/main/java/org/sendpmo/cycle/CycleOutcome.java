package org.sendpmo.cycle;

import java.util.List;
import org.sendpmo.returns.Problem;

/** What happened to a cycle the programme office created or changed. */
public sealed interface CycleOutcome {

    /** Stored, with its audit entry. */
    record Saved(BoardCycle cycle) implements CycleOutcome {
    }

    /** Every problem on its own field; nothing was stored. */
    record Rejected(List<Problem> problems) implements CycleOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No cycle with that id to change. */
    record NotFound(String id) implements CycleOutcome {
    }
}
