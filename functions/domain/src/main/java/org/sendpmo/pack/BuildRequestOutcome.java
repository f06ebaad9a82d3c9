package org.sendpmo.pack;

/** What became of a request to build a cycle's pack. */
public sealed interface BuildRequestOutcome {

    /** Queued (and, through {@link BuildRequests#request}, started). */
    record Queued(PackBuild build) implements BuildRequestOutcome {
    }

    record NoSuchCycle(String cycleId) implements BuildRequestOutcome {
    }

    /** Not queued, and why: the pack is final, or the day's scheduled build is already queued. */
    record Refused(String message) implements BuildRequestOutcome {
    }
}
