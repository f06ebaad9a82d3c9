package org.sendpmo.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.lead.SavedDraft;
import org.sendpmo.lead.SavedDrafts;

/** {@link SavedDrafts} in {@code return_draft}, the fields as a JSON object; writes join the caller's transaction. */
@Singleton
public class JdbcSavedDrafts implements SavedDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final DraftRows rows;
    private final JdbcStorage storage;

    public JdbcSavedDrafts(DraftRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public Optional<SavedDraft> find(String username, String projectId, YearMonth month) {
        return storage.read(() -> rows.find(username, projectId, month.toString()).map(JdbcSavedDrafts::toDraft));
    }

    @Override
    public void save(SavedDraft draft) {
        String fields = write(draft.fields());
        Instant at = draft.savedAt().truncatedTo(ChronoUnit.MICROS);
        storage.write(() -> {
            Optional<DraftRow> existing = rows.find(draft.username(), draft.projectId(), draft.month().toString());
            if (existing.isPresent()) {
                rows.replace(existing.get().id(), fields, at);
            } else {
                rows.save(new DraftRow(null, draft.username(), draft.projectId(), draft.month().toString(), fields, at));
            }
            return null;
        });
    }

    @Override
    public boolean delete(String username, String projectId, YearMonth month) {
        return storage.write(() -> rows.remove(username, projectId, month.toString()) > 0);
    }

    @Override
    public List<SavedDraft> forUser(String username) {
        return storage.read(() -> rows.forUser(username).stream().map(JdbcSavedDrafts::toDraft).toList());
    }

    private static SavedDraft toDraft(DraftRow r) {
        try {
            return new SavedDraft(r.username(), r.projectId(), YearMonth.parse(r.reportingMonth()), JSON.readValue(r.fields(), FIELDS),
                    r.savedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft " + r.id() + " holds fields that are not a JSON object of strings", e);
        }
    }

    private static String write(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("draft fields cannot be written as JSON", e);
        }
    }
}
