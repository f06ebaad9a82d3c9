package org.sendpmo.lead;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * A return a lead has started and saved without submitting: the form's fields exactly as typed, so that it
 * resumes as it was left (bad values included). One per person, project and month. A draft is not a
 * return: it is never in the raw bucket, the ledger or a pack.
 */
public record SavedDraft(String username, String projectId, YearMonth month, Map<String, String> fields, Instant savedAt) {

    public SavedDraft {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(savedAt, "savedAt");
        fields = Map.copyOf(fields);
    }
}
