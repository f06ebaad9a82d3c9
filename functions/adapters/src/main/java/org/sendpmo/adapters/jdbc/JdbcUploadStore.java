package org.sendpmo.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadOutcome;
import org.sendpmo.uploads.UploadProblem;
import org.sendpmo.uploads.UploadState;
import org.sendpmo.uploads.UploadStore;

/**
 * Uploads in {@code upload}. The row's state goes PENDING → PROCESSING → ACCEPTED or REJECTED, the
 * last two steps inside the reading transaction, so a row seen as PROCESSING by another transaction is
 * never committed that way: it is rolled back to PENDING or committed finished.
 */
@Singleton
public class JdbcUploadStore implements UploadStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<UploadProblem>> PROBLEMS = new TypeReference<>() {
    };

    private final UploadRows rows;
    private final JdbcStorage storage;

    public JdbcUploadStore(UploadRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public Upload addIfAbsent(Upload pending) {
        Optional<Upload> existing = findByKey(pending.key());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return storage.write(() -> toUpload(rows.save(toRow(pending))));
        } catch (RuntimeException e) {
            // Lost a race with the other recorder of the same object (unique key): theirs stands.
            return findByKey(pending.key()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<Upload> find(String id) {
        return storage.read(() -> rows.findById(id).map(JdbcUploadStore::toUpload));
    }

    @Override
    public Optional<Upload> findByKey(UploadKey key) {
        return storage.read(() -> rows.findByRawKey(key.value()).map(JdbcUploadStore::toUpload));
    }

    @Override
    public boolean claim(String id) {
        return storage.write(() -> rows.claim(id) == 1);
    }

    @Override
    public void complete(String id, UploadOutcome outcome) {
        String state = (outcome.accepted() ? UploadState.ACCEPTED : UploadState.REJECTED).name();
        int changed = storage.write(() -> rows.complete(id, state, outcome.processedAt().truncatedTo(ChronoUnit.MICROS),
                outcome.rowsRead(), outcome.recorded(), outcome.unchanged(), json(outcome.problems())));
        if (changed != 1) {
            throw new IllegalStateException("upload " + id + " was not claimed in this transaction");
        }
    }

    @Override
    public List<Upload> pendingBefore(UploadKind kind, Instant before) {
        return storage.read(() -> rows.pendingBefore(kind.slug(), before).stream().map(JdbcUploadStore::toUpload).toList());
    }

    @Override
    public List<Upload> recent(int limit) {
        return storage.read(() -> rows.recent(limit).stream().map(JdbcUploadStore::toUpload).toList());
    }

    private static UploadRow toRow(Upload u) {
        return new UploadRow(u.id(), u.key().value(), u.kind().slug(), u.dryRun(), u.fileName(), u.sizeBytes(),
                u.requestedAt().truncatedTo(ChronoUnit.MICROS), UploadState.PENDING.name(), null, 0, 0, 0, "[]");
    }

    private static Upload toUpload(UploadRow r) {
        UploadKey key = new UploadKey(r.rawKey());
        // PROCESSING is only ever seen inside the reading transaction; to everyone else it is still pending
        UploadState state = r.state().equals("PROCESSING") ? UploadState.PENDING : UploadState.valueOf(r.state());
        UploadOutcome outcome = state == UploadState.PENDING ? null
                : new UploadOutcome(r.processedAt(), r.rowsRead(), r.recorded(), r.unchanged(), problems(r.problems()));
        return new Upload(key, r.fileName(), r.sizeBytes(), r.requestedAt(), state, outcome);
    }

    private static String json(List<UploadProblem> problems) {
        try {
            return JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems always serialise", e);
        }
    }

    private static List<UploadProblem> problems(String json) {
        try {
            return JSON.readValue(json, PROBLEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("upload problems column is not the JSON this store writes: " + json, e);
        }
    }
}
