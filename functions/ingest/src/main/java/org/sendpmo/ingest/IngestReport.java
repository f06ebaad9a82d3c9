package org.sendpmo.ingest;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What one S3 event did, record by record (S3 sends one record per event today, but the shape
 * allows more). Keys are the decoded object keys.
 *
 * @param recorded returns newly recorded, as their references
 * @param alreadyRecorded keys whose return was already in the database (a retry or a form submission)
 * @param unusable keys that are not a return this product can record, with the reasons
 * @param ignored records for another bucket, or events that are not object creation
 * @param uploads spreadsheet uploads read (or found already read), as "id STATE"
 */
@Serdeable
@Introspected
public record IngestReport(List<String> recorded, List<String> alreadyRecorded, List<Unusable> unusable,
                           List<String> ignored, List<String> uploads) {

    public IngestReport {
        recorded = List.copyOf(recorded);
        alreadyRecorded = List.copyOf(alreadyRecorded);
        unusable = List.copyOf(unusable);
        ignored = List.copyOf(ignored);
        uploads = List.copyOf(uploads);
    }

    @Serdeable
    @Introspected
    public record Unusable(String key, List<String> reasons) {
        public Unusable {
            reasons = List.copyOf(reasons);
        }
    }
}
