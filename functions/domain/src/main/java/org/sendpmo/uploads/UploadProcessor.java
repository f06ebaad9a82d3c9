package org.sendpmo.uploads;

import org.sendpmo.access.Actor;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.project.ProjectRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendpmo.kpi.KpiFigure;
import org.sendpmo.kpi.KpiFigureIntake;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRegister;
import org.sendpmo.storage.Transactions;

/**
 * Reads an uploaded file from the raw bucket and records it all-or-nothing: every row in one
 * transaction, with the outcome, or nothing and every problem. A dry run is read and reported the
 * same way but records nothing.
 *
 * <p>Safe to run twice for the same object, at once or in any order: the upload is claimed inside
 * the recording transaction, so a redelivered event waits and then finds it already read. Uploads to
 * record are read oldest first, so two events arriving out of order still number versions in the
 * order the files were uploaded.
 */
public final class UploadProcessor {

    private final UploadStore store;
    private final UploadArchive archive;
    private final SheetReader reader;
    private final ReturnIntake returns;
    private final RiskRegister register;
    private final KpiFigureIntake kpiFigures;
    private final Transactions transactions;
    private final UploadSettings settings;
    private final Clock clock;
    private ProjectRegistry projects;

    public UploadProcessor(UploadStore store, UploadArchive archive, SheetReader reader, ReturnIntake returns,
                           RiskRegister register, KpiFigureIntake kpiFigures, Transactions transactions,
                           UploadSettings settings, Clock clock) {
        this.store = store;
        this.archive = archive;
        this.reader = reader;
        this.returns = returns;
        this.register = register;
        this.kpiFigures = kpiFigures;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Lets uploads of the project registry be read. Without it (a function with no user directory, as ingest in
     * AWS) they are left unread for one that has it (the api), rather than refused for want of the leads. (A
     * setter, so that the functions that never read registry files need no user directory to be wired.)
     */
    public UploadProcessor withProjectRegistry(ProjectRegistry registry) {
        this.projects = registry;
        return this;
    }

    /** Reads the object under the key, if it is not read yet; empty when there is no such object. */
    public Optional<Upload> process(UploadKey key) {
        Optional<UploadArchive.ObjectInfo> info = archive.head(key);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        UploadArchive.Metadata meta = info.get().metadata();
        Upload upload = store.addIfAbsent(Upload.pending(key, meta.fileName(), info.get().sizeBytes(), meta.requestedAt()));
        if (upload.state() != UploadState.PENDING || !readsHere(key.kind())) {
            return Optional.of(upload);
        }
        if (!key.dryRun()) {
            for (Upload earlier : store.pendingBefore(key.kind(), upload.requestedAt())) {
                archive.head(earlier.key()).ifPresent(i -> read(earlier, i.sizeBytes()));
            }
        }
        return Optional.of(read(upload, info.get().sizeBytes()));
    }

    /** Whether this processor reads uploads of the kind: one whose rows name users only where there is a registry. */
    public boolean readsHere(UploadKind kind) {
        return !kind.namesUsers() || projects != null;
    }

    /**
     * What a rebuild did: uploads in the bucket, read now, already read before, and left unread because they are
     * read elsewhere ({@link #readsHere}).
     */
    public record RebuildReport(int objects, int readNow, int alreadyRead, int leftUnread) {
    }

    /**
     * Reads every upload in the bucket that the database lacks, oldest first (as first time round), so
     * that a database rebuilt from the bucket holds the same risk register versions and upload outcomes.
     */
    public RebuildReport rebuild() {
        List<UploadKey> keys = new java.util.ArrayList<>(archive.list());
        java.util.Map<UploadKey, java.time.Instant> requested = new java.util.HashMap<>();
        keys.forEach(k -> archive.head(k).ifPresent(i -> requested.put(k, i.metadata().requestedAt())));
        keys.removeIf(k -> !requested.containsKey(k));
        keys.sort(java.util.Comparator.comparing((UploadKey k) -> requested.get(k)).thenComparing(UploadKey::value));
        int already = 0;
        int left = 0;
        for (UploadKey key : keys) {
            if (store.findByKey(key).filter(u -> u.state() != UploadState.PENDING).isPresent()) {
                already++;
            } else {
                // one read elsewhere is only entered, pending, so that its status page finds it
                process(key);
                left += readsHere(key.kind()) ? 0 : 1;
            }
        }
        return new RebuildReport(keys.size(), keys.size() - already - left, already, left);
    }

    private Upload read(Upload upload, long sizeBytes) {
        if (sizeBytes > settings.maxBytes()) {
            // judged from the object's size, before a byte of it is read
            return finish(upload, UploadOutcome.rejected(clock.instant(), UploadRequests.tooLarge(sizeBytes, settings.maxBytes())));
        }
        byte[] bytes = archive.read(upload.key()).orElseThrow(() -> new IllegalStateException("vanished: " + upload.key()));
        if (!RawKey.sha256(bytes).equals(upload.key().sha256())) {
            return finish(upload, UploadOutcome.rejected(clock.instant(), "The file that arrived is not the file your browser"
                    + " sent (its SHA-256 differs), so it was not read: upload it again"));
        }
        switch (upload.kind()) {
            case RETURNS:
                return readReturns(upload, bytes);
            case RISK_REGISTER:
                return readRiskRegister(upload, bytes);
            case KPI_OBSERVATIONS:
                return readKpiObservations(upload, bytes);
            case PROJECT_REGISTRY:
                return readProjectRegistry(upload, bytes);
            default:
                throw new IllegalStateException("no reader for " + upload.kind());
        }
    }

    private Upload readKpiObservations(Upload upload, byte[] bytes) {
        SheetReader.Read<KpiFigure> read = reader.kpiObservations(bytes, UploadRequests.month(upload.requestedAt()));
        if (!read.accepted() || upload.dryRun()) {
            return finish(upload, checked(read));
        }
        try {
            return record(upload, () -> {
                KpiFigureIntake.Counts counts = kpiFigures.recordAll(read.values(), upload.requestedAt());
                return new UploadOutcome(clock.instant(), read.rowsRead(), counts.recorded(), counts.unchanged(), List.of());
            });
        } catch (IllegalArgumentException e) {
            // a figure recorded by someone else since the file was checked made one of these a revision; nothing was recorded
            return finish(upload, UploadOutcome.rejected(clock.instant(), read.rowsRead(), List.of(UploadProblem.file(
                    "The KPI figures could not be recorded: " + e.getMessage()))));
        }
    }

    /**
     * All or nothing: checked in full, then recorded in the upload's transaction, where the registry is checked
     * again so that a change made since the check cannot slip a duplicate name in.
     */
    private Upload readProjectRegistry(Upload upload, byte[] bytes) {
        SheetReader.Read<ProjectRegistry.ImportRow> read = reader.projectRegistry(bytes);
        if (!read.accepted() || upload.dryRun()) {
            return finish(upload, checked(read));
        }
        try {
            return record(upload, () -> {
                ProjectRegistry.ImportCheck check = projects.recordImport(read.values(), Actor.SYSTEM, upload.key().value());
                if (!check.accepted()) {
                    throw new IllegalArgumentException("the registry changed while the file was read: upload it again");
                }
                return new UploadOutcome(clock.instant(), read.rowsRead(), check.projects().size(), check.unchanged(), List.of());
            });
        } catch (IllegalArgumentException e) {
            // rolled back: nothing of the file was recorded
            return finish(upload, UploadOutcome.rejected(clock.instant(), read.rowsRead(), List.of(UploadProblem.file(
                    "The registry could not be recorded: " + e.getMessage()))));
        }
    }

    private Upload readReturns(Upload upload, byte[] bytes) {
        SheetReader.Read<ProjectReturn> read = reader.returns(bytes, UploadRequests.month(upload.requestedAt()));
        if (!read.accepted() || upload.dryRun()) {
            return finish(upload, checked(read));
        }
        return record(upload, () -> {
            ReturnIntake.Counts counts = returns.recordAll(read.values(), upload.requestedAt());
            return new UploadOutcome(clock.instant(), read.rowsRead(), counts.recorded(), counts.unchanged(), List.of());
        });
    }

    private Upload readRiskRegister(Upload upload, byte[] bytes) {
        SheetReader.Read<RiskEntry> read = reader.riskRegister(bytes);
        if (!read.accepted() || upload.dryRun()) {
            return finish(upload, checked(read));
        }
        LocalDate recordedOn = LocalDate.from(upload.requestedAt().atZone(ProgrammeTime.ZONE));
        try {
            return record(upload, () -> {
                int added = register.record(read.values(), recordedOn).size();
                return new UploadOutcome(clock.instant(), read.rowsRead(), added, read.values().size() - added, List.of());
            });
        } catch (IllegalArgumentException e) {
            // the register refuses versions dated before an entry's latest one; nothing was recorded
            return finish(upload, UploadOutcome.rejected(clock.instant(), read.rowsRead(), List.of(UploadProblem.file(
                    "The register could not be recorded: " + e.getMessage()))));
        }
    }

    /** The outcome of a file that records nothing: rejected, or accepted as a dry run. */
    private UploadOutcome checked(SheetReader.Read<?> read) {
        return read.accepted()
                ? new UploadOutcome(clock.instant(), read.rowsRead(), 0, 0, List.of())
                : UploadOutcome.rejected(clock.instant(), read.rowsRead(), read.problems());
    }

    private Upload record(Upload upload, java.util.function.Supplier<UploadOutcome> recording) {
        return transactions.inTransaction(() -> {
            if (!store.claim(upload.id())) {
                return store.find(upload.id()).orElseThrow();
            }
            UploadOutcome outcome = recording.get();
            store.complete(upload.id(), outcome);
            return upload.completed(outcome);
        });
    }

    private Upload finish(Upload upload, UploadOutcome outcome) {
        return record(upload, () -> outcome);
    }
}
