package org.sendpmo.returns;

import java.util.List;

/** What happened to a submitted return. */
public sealed interface SubmissionOutcome {

    /** Stored in the raw bucket and recorded. */
    record Accepted(RecordedReturn recorded) implements SubmissionOutcome {
    }

    /** Identical content was already recorded: nothing new is stored. */
    record Duplicate(RecordedReturn existing) implements SubmissionOutcome {
    }

    /** Invalid input: nothing is stored. */
    record Rejected(List<Problem> problems) implements SubmissionOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** The store or database failed: nothing is recorded and the person should retry. */
    record NotStored(String reason) implements SubmissionOutcome {
    }
}
