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

    /** The person may not submit for this project (a project lead, for a project they do not lead): nothing is stored. */
    record NotAllowed(String message) implements SubmissionOutcome {
    }

    /** The store or database failed: nothing is recorded and the person should retry. */
    record NotStored(String reason) implements SubmissionOutcome {
    }
}
