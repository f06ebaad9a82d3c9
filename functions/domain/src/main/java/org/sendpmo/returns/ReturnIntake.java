package org.sendpmo.returns;

import java.time.Instant;
import java.time.YearMonth;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.storage.StorageUnavailable;
import org.sendpmo.storage.Transactions;

/**
 * The one way a return enters the product, shared by the form, the JSON API, the S3 ingest
 * function and the rebuild command.
 *
 * <p>Submission order: the database row is written inside a transaction, the raw object is written
 * (conditionally) inside that same transaction, and only then is the transaction committed. A failed
 * object write rolls the row back, so there is never a record without its raw object. If the commit
 * itself fails after the object is written, the object is recorded later by the ingest function
 * (its S3 event), by the person's retry, or by the rebuild command, all of which are idempotent.
 *
 * <p>A return's KPI values are recorded as the project's KPI observations for its month in the same
 * transaction as the return, so a return is never recorded without its values or the other way round.
 */
public final class ReturnIntake {

    public static final String CONTENT_TYPE = "application/json";

    private final ReturnValidator validator;
    private final ReturnCodec codec;
    private final ReturnArchive archive;
    private final ReturnLedger ledger;
    private final Transactions transactions;
    private final KpiStore kpis;
    private final AuditLog audit;

    public ReturnIntake(ReturnValidator validator, ReturnCodec codec, ReturnArchive archive, ReturnLedger ledger,
                        Transactions transactions, KpiStore kpis, AuditLog audit) {
        this.audit = audit;
        this.validator = validator;
        this.codec = codec;
        this.archive = archive;
        this.ledger = ledger;
        this.transactions = transactions;
        this.kpis = kpis;
    }

    /**
     * A person's submission (the form, the JSON api): refused before anything else when they may not
     * report on the project, recorded in the audit log in the same transaction when stored.
     */
    public SubmissionOutcome submit(ReturnDraft draft, Actor actor, Instant receivedAt) {
        String projectId = draft.projectId() == null ? "" : draft.projectId().trim();
        if (!projectId.isEmpty() && !actor.mayReportOn(projectId)) {
            return new SubmissionOutcome.NotAllowed("You can submit returns only for the projects you lead"
                    + (actor.projects().isEmpty() ? "" : " (" + String.join(", ", new java.util.TreeSet<>(actor.projects())) + ")")
                    + ", and " + projectId + " is not one of them. Nothing was saved.");
        }
        YearMonth current = YearMonth.from(receivedAt.atZone(ProgrammeTime.ZONE));
        ReturnValidator.Outcome outcome = validator.validate(draft, current);
        if (outcome instanceof ReturnValidator.Outcome.Invalid invalid) {
            return new SubmissionOutcome.Rejected(invalid.problems());
        }
        return store(((ReturnValidator.Outcome.Valid) outcome).value(), actor, receivedAt);
    }

    /** Stores a return that is already typed and checked, as the product itself (demo data). */
    public SubmissionOutcome store(ProjectReturn ret, Instant receivedAt) {
        return store(ret, Actor.SYSTEM, receivedAt);
    }

    private SubmissionOutcome store(ProjectReturn ret, Actor actor, Instant receivedAt) {
        List<Problem> problems = validator.check(ret);
        if (!problems.isEmpty()) {
            return new SubmissionOutcome.Rejected(problems);
        }
        byte[] bytes = codec.encode(ret);
        RawKey key = RawKey.forReturn(ret, bytes);
        try {
            return transactions.inTransaction(() -> {
                Optional<RecordedReturn> existing = ledger.findByRawKey(key);
                if (existing.isPresent()) {
                    return new SubmissionOutcome.Duplicate(existing.get());
                }
                RecordedReturn recorded = ledger.record(ret, key, receivedAt);
                recordKpiValues(ret, receivedAt);
                // false means the object is already there (an earlier attempt whose commit failed);
                // the key is the content hash, so its bytes are these bytes.
                archive.putIfAbsent(key.value(), bytes, CONTENT_TYPE, receivedAt);
                if (actor != Actor.SYSTEM) {
                    audit.record(new AuditEntry(receivedAt, actor.username(), AuditAction.RETURN_SUBMITTED, ret.projectId(),
                            key.value(), "return for " + ret.reportingMonth() + ", version " + recorded.version()));
                }
                return new SubmissionOutcome.Accepted(recorded);
            });
        } catch (StorageUnavailable e) {
            return new SubmissionOutcome.NotStored(e.getMessage());
        }
    }

    /** How many of a file's returns became new versions, and how many were already recorded exactly. */
    public record Counts(int recorded, int unchanged) {
    }

    /**
     * Records checked returns from one file, inside the caller's transaction, so that the file is
     * recorded whole or not at all. A return identical to a recorded version is counted, not recorded
     * again. Each recorded return also gets its canonical raw object, as a submitted one does; those
     * objects are content-addressed, so a retried file writes the same keys.
     */
    public Counts recordAll(List<ProjectReturn> returns, Instant receivedAt) {
        int recorded = 0;
        int unchanged = 0;
        for (ProjectReturn ret : returns) {
            byte[] bytes = codec.encode(ret);
            RawKey key = RawKey.forReturn(ret, bytes);
            if (ledger.findByRawKey(key).isPresent()) {
                unchanged++;
                continue;
            }
            ledger.record(ret, key, receivedAt);
            recordKpiValues(ret, receivedAt);
            archive.putIfAbsent(key.value(), bytes, CONTENT_TYPE, receivedAt);
            recorded++;
        }
        return new Counts(recorded, unchanged);
    }

    /** Records one raw object from the bucket, if it is not recorded yet (the ingest function's path). */
    public ArchiveIngestOutcome recordArchived(String key) {
        if (!RawKey.isReturnKey(key)) {
            return unusable(key, "key", "Not a return object key: expected returns/<yyyy-MM>/<project>/<sha256>.json");
        }
        RawKey rawKey = new RawKey(key);
        Optional<RecordedReturn> existing = ledger.findByRawKey(rawKey);
        if (existing.isPresent()) {
            return new ArchiveIngestOutcome.AlreadyRecorded(existing.get());
        }
        return archive.get(key)
                .map(object -> recordObject(rawKey, object))
                .orElseGet(() -> unusable(key, "key", "No such object in the raw bucket"));
    }

    private ArchiveIngestOutcome recordObject(RawKey rawKey, ReturnArchive.StoredObject object) {
        if (!RawKey.sha256(object.bytes()).equals(rawKey.sha256())) {
            return unusable(rawKey.value(), "key", "The object's SHA-256 does not match its key: it was not written by this product");
        }
        ProjectReturn ret;
        try {
            ret = codec.decode(object.bytes());
        } catch (IllegalArgumentException e) {
            return unusable(rawKey.value(), "body", e.getMessage());
        }
        List<Problem> problems = validator.check(ret);
        if (!problems.isEmpty()) {
            return new ArchiveIngestOutcome.Unusable(rawKey.value(), problems);
        }
        return transactions.inTransaction(() -> ledger.findByRawKey(rawKey)
                .<ArchiveIngestOutcome>map(ArchiveIngestOutcome.AlreadyRecorded::new)
                .orElseGet(() -> {
                    RecordedReturn recorded = ledger.record(ret, rawKey, object.receivedAt());
                    recordKpiValues(ret, object.receivedAt());
                    return new ArchiveIngestOutcome.Recorded(recorded);
                }));
    }

    /** The return's KPI values become the project's observations for its month (call inside the transaction). */
    private void recordKpiValues(ProjectReturn ret, Instant receivedAt) {
        for (KpiValue v : ret.kpiValues()) {
            kpis.record(v.kpiId(), ret.projectId(), ret.reportingMonth(), v.value(), receivedAt);
        }
    }

    private static ArchiveIngestOutcome unusable(String key, String field, String message) {
        return new ArchiveIngestOutcome.Unusable(key, List.of(new Problem(field, key, message)));
    }

    /**
     * Records every return object in the bucket that the database lacks. Objects are taken in the
     * order they were received, so that versions are numbered as they were first time round.
     */
    public RebuildReport rebuildFromArchive() {
        List<String> keys = archive.listKeys("returns/");
        List<Map.Entry<String, Instant>> order = new ArrayList<>();
        for (String key : keys) {
            archive.get(key).ifPresent(o -> order.add(Map.entry(key, o.receivedAt())));
        }
        order.sort(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        int recorded = 0;
        int already = 0;
        List<ArchiveIngestOutcome.Unusable> unusable = new ArrayList<>();
        for (Map.Entry<String, Instant> entry : order) {
            ArchiveIngestOutcome outcome = recordArchived(entry.getKey());
            if (outcome instanceof ArchiveIngestOutcome.Recorded) {
                recorded++;
            } else if (outcome instanceof ArchiveIngestOutcome.AlreadyRecorded) {
                already++;
            } else {
                unusable.add((ArchiveIngestOutcome.Unusable) outcome);
            }
        }
        return new RebuildReport(keys.size(), recorded, already, unusable);
    }

    public record RebuildReport(int objects, int recorded, int alreadyRecorded, List<ArchiveIngestOutcome.Unusable> unusable) {
    }
}
