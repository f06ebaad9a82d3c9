package org.sendpmo.uploads;

import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.returns.RawKey;

/**
 * How a file gets into the raw bucket: either the browser PUTs it straight to storage with a
 * presigned URL (after telling us its size and SHA-256), or the api receives the bytes from a plain
 * form post and stores them. Either way the object is keyed by kind, month and hash, never overwritten,
 * and the same bytes a second time are recognised rather than read again.
 */
public final class UploadRequests {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final UploadStore store;
    private final UploadArchive archive;
    private final UploadLauncher launcher;
    private final UploadSettings settings;
    private final AuditLog audit;

    public UploadRequests(UploadStore store, UploadArchive archive, UploadLauncher launcher, UploadSettings settings,
                          AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.archive = archive;
        this.launcher = launcher;
        this.settings = settings;
    }

    /** What became of a request. */
    public sealed interface Answer permits Refused, Presigned, Stored, AlreadyUploaded {
    }

    /** Nothing was stored; the message says what to do. */
    public record Refused(Reason reason, String message) implements Answer {
    }

    public enum Reason { EMPTY, TOO_LARGE, NOT_A_HASH }

    /** The browser may now PUT the file. */
    public record Presigned(Upload upload, UploadArchive.PresignedPut put) implements Answer {
    }

    /** The file is stored and will be read. */
    public record Stored(Upload upload) implements Answer {
    }

    /** These exact bytes were uploaded before (as a dry run, or to record): here is that upload. */
    public record AlreadyUploaded(Upload upload) implements Answer {
    }

    public Answer presign(UploadKind kind, String fileName, long sizeBytes, String sha256, boolean dryRun, Actor actor, Instant now) {
        Optional<Refused> refusal = refusal(sizeBytes);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return new Refused(Reason.NOT_A_HASH, "The file's SHA-256 must be 64 lower-case hexadecimal digits; found '" + sha256 + "'");
        }
        UploadKey key = UploadKey.of(kind, dryRun, month(now), sha256);
        Optional<Upload> known = known(key);
        if (known.isPresent()) {
            return new AlreadyUploaded(known.get());
        }
        UploadArchive.Metadata metadata = new UploadArchive.Metadata(FileNames.displayName(fileName), now);
        Upload upload = store.addIfAbsent(Upload.pending(key, metadata.fileName(), sizeBytes, now));
        recordReceived(upload, actor, now, "sent by the browser straight to storage");
        return new Presigned(upload, archive.presignPut(key, sizeBytes, metadata));
    }

    /** The no-script path: the api has the bytes. */
    public Answer receive(UploadKind kind, String fileName, byte[] bytes, boolean dryRun, Actor actor, Instant now) {
        Optional<Refused> refusal = refusal(bytes.length);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        UploadKey key = UploadKey.of(kind, dryRun, month(now), RawKey.sha256(bytes));
        Optional<Upload> known = known(key);
        if (known.isPresent()) {
            return new AlreadyUploaded(known.get());
        }
        UploadArchive.Metadata metadata = new UploadArchive.Metadata(FileNames.displayName(fileName), now);
        // Object first, then row: if the row is lost the object's event records it from its metadata.
        archive.putIfAbsent(key, bytes, metadata);
        Upload upload = store.addIfAbsent(Upload.pending(key, metadata.fileName(), bytes.length, now));
        recordReceived(upload, actor, now, "posted with the form");
        launcher.objectStored(key);
        return new Stored(upload);
    }

    /**
     * The browser says its PUT finished (or found the object already there). Answers the upload as it is after
     * launching, which is already read where the launcher reads in this request (a registry file in AWS).
     */
    public Optional<Upload> sent(String uploadId) {
        Optional<Upload> upload = store.find(uploadId);
        if (upload.isEmpty() || upload.get().state() != UploadState.PENDING) {
            return upload;
        }
        launcher.objectStored(upload.get().key());
        return store.find(uploadId);
    }

    private void recordReceived(Upload upload, Actor actor, Instant now, String how) {
        audit.record(new AuditEntry(now, actor.username(), AuditAction.UPLOAD_RECEIVED, upload.id(), upload.key().value(),
                (upload.key().dryRun() ? "check only, " : "") + "'" + upload.fileName() + "', " + upload.sizeBytes() + " bytes, " + how));
    }

    /** An upload already read, or pending with its object in place; one whose PUT never came is not "known". */
    private Optional<Upload> known(UploadKey key) {
        return store.findByKey(key).filter(u -> u.state() != UploadState.PENDING || archive.head(key).isPresent());
    }

    private Optional<Refused> refusal(long sizeBytes) {
        if (sizeBytes <= 0) {
            return Optional.of(new Refused(Reason.EMPTY, "The file is empty. Fill in the template, save it, and upload it again"));
        }
        if (sizeBytes > settings.maxBytes()) {
            return Optional.of(new Refused(Reason.TOO_LARGE, tooLarge(sizeBytes, settings.maxBytes())));
        }
        return Optional.empty();
    }

    static String tooLarge(long sizeBytes, long maxBytes) {
        return "The file is " + UploadSettings.size(sizeBytes) + "; the largest file accepted is " + UploadSettings.size(maxBytes)
                + ". Split it into smaller files (for example one per month), or remove unused sheets and images, and upload each";
    }

    static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ProgrammeTime.ZONE));
    }
}
