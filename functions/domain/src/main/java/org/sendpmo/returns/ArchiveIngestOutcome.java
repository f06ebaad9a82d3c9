package org.sendpmo.returns;

import java.util.List;

/** What happened when a raw object from the bucket was recorded (the ingest function's path). */
public sealed interface ArchiveIngestOutcome {

    record Recorded(RecordedReturn recorded) implements ArchiveIngestOutcome {
    }

    record AlreadyRecorded(RecordedReturn existing) implements ArchiveIngestOutcome {
    }

    /** Not a return this product can record; the object stays in the bucket untouched. */
    record Unusable(String key, List<Problem> problems) implements ArchiveIngestOutcome {
        public Unusable {
            problems = List.copyOf(problems);
        }
    }
}
