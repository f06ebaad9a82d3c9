package org.sendpmo.pack;

import org.sendpmo.returns.Problem;

/** What became of marking a cycle's pack final, reopening it, or asking for its PDF board pack. */
public sealed interface FinalOutcome {

    /**
     * Done, with the audit entry; the cycle's state after it.
     *
     * @param note what else was done or could not be (the PDF board pack asked for at sign-off); "" when nothing
     */
    record Done(CyclePublication state, String note) implements FinalOutcome {
        public Done(CyclePublication state) {
            this(state, "");
        }
    }

    /** No such cycle, or no such build of it. */
    record NotFound(String message) implements FinalOutcome {
    }

    /** Not allowed in the cycle's present state (already final, not final, not the current build). */
    record Refused(String message) implements FinalOutcome {
    }

    /** The input itself is wrong (a blank reason). */
    record Rejected(Problem problem) implements FinalOutcome {
    }
}
