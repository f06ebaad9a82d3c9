package org.sendpmo.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sendpmo.adapters.s3.StorageProperties;
import org.sendpmo.returns.ArchiveIngestOutcome;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda 2: records each raw upload named by an S3 ObjectCreated event.
 *
 * <p>Thin: decode the key, keep records for the raw bucket, hand a spreadsheet upload's key to
 * {@link UploadProcessor#process} and a return's key to {@link ReturnIntake#recordArchived}, log and
 * report the outcome. A project registry file is left unread (it stays PENDING): ingest has no user directory
 * to check its leads against, and the api reads it. Recording is idempotent, so a
 * redelivered event is harmless. A {@code StorageUnavailable} is not caught: the invocation fails
 * and Lambda's retry of the asynchronous S3 invocation tries the whole event again.
 */
public class IngestHandler extends MicronautRequestHandler<S3Event, IngestReport> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHandler.class);

    @Inject
    ReturnIntake intake;

    @Inject
    StorageProperties storage;

    @Inject
    UploadProcessor uploads;

    /** Used by the Lambda runtime. */
    public IngestHandler() {
        super();
    }

    /** For tests and the local run: the handler in an application context that already exists. */
    public IngestHandler(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    public IngestHandler(ApplicationContextBuilder builder) {
        super(builder);
    }

    @Override
    public IngestReport execute(S3Event event) {
        List<String> recorded = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<IngestReport.Unusable> unusable = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> uploaded = new ArrayList<>();
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (S3EventNotificationRecord record : records) {
            String bucket = record.getS3().getBucket().getName();
            String key = decodeKey(record.getS3().getObject().getKey());
            if (!storage.getRawBucket().equals(bucket)) {
                LOG.warn("Ignored s3://{}/{}: not the raw bucket {}", bucket, key, storage.getRawBucket());
                ignored.add("s3://" + bucket + "/" + key);
                continue;
            }
            if (record.getEventName() != null && !record.getEventName().startsWith("ObjectCreated:")) {
                LOG.warn("Ignored {} for s3://{}/{}: only ObjectCreated events are recorded", record.getEventName(), bucket, key);
                ignored.add("s3://" + bucket + "/" + key);
                continue;
            }
            if (UploadKey.isUploadKey(key)) {
                UploadKey uploadKey = new UploadKey(key);
                uploads.process(uploadKey).ifPresent(u -> {
                    if (uploads.readsHere(uploadKey.kind())) {
                        LOG.info("Upload {} ({}) is {}", u.id(), key, u.state());
                    } else {
                        LOG.info("Upload {} ({}) is {}: the api reads {} files (their leads are checked against the user pool)",
                                u.id(), key, u.state(), uploadKey.kind().slug());
                    }
                    uploaded.add(u.id() + " " + u.state());
                });
                continue;
            }
            ArchiveIngestOutcome outcome = intake.recordArchived(key);
            if (outcome instanceof ArchiveIngestOutcome.Recorded r) {
                LOG.info("Recorded {} as {} version {}", key, r.recorded().reference(), r.recorded().version());
                recorded.add(r.recorded().reference());
            } else if (outcome instanceof ArchiveIngestOutcome.AlreadyRecorded a) {
                LOG.info("Already recorded {} as {}", key, a.existing().reference());
                already.add(key);
            } else {
                ArchiveIngestOutcome.Unusable u = (ArchiveIngestOutcome.Unusable) outcome;
                List<String> reasons = u.problems().stream().map(IngestHandler::reason).toList();
                LOG.warn("Cannot record {}: {}", key, String.join("; ", reasons));
                unusable.add(new IngestReport.Unusable(key, reasons));
            }
        }
        return new IngestReport(recorded, already, unusable, ignored, uploaded);
    }

    /** S3 event keys are URL-encoded, with '+' for a space (form encoding), so URLDecoder fits. */
    static String decodeKey(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static String reason(Problem p) {
        return p.field() + ": " + p.message();
    }
}
