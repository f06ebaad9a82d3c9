package org.sendpmo.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadRequests;

/**
 * The upload path as in AWS, for the ingest tests: a real S3Proxy raw bucket and H2, the api's launcher
 * "s3-event" (so only the test's events read an upload), projects P01, P02 and P07 and the KPIs that
 * {@link SheetFixtures} rows name.
 */
final class UploadTestApp implements AutoCloseable {

    final ApplicationContext context;
    final IngestHandler handler;
    private final S3ProxyExtension s3;

    private UploadTestApp(ApplicationContext context, S3ProxyExtension s3) {
        this.context = context;
        this.handler = new IngestHandler(context);
        this.s3 = s3;
    }

    /** @param database an H2 in-memory database of the test class's own */
    static UploadTestApp start(S3ProxyExtension s3, String database, long maxBytes) {
        Map<String, Object> properties = new HashMap<>(s3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("assurance.uploads.launcher", "s3-event");
        properties.put("assurance.uploads.max-bytes", maxBytes);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        ProjectDirectory projects = context.getBean(ProjectDirectory.class);
        projects.save(new Project("P01", "Annual review backlog", 3, Set.of(ImprovementArea.C1), "AD SCS"));
        projects.save(new Project("P02", "Review of Special Schools", 2, Set.of(ImprovementArea.C2), "Director of Education"));
        projects.save(new Project("P07", "Preparing for adulthood", 2, Set.of(ImprovementArea.C6), "Head of SEND"));
        context.getBean(KpiStore.class).saveDefinitions(SheetFixtures.kpis());
        return new UploadTestApp(context, s3);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The api's no-script path: the file stored in the raw bucket, its upload pending. */
    Upload stored(UploadKind kind, String fileName, byte[] bytes, boolean dryRun, Instant at) {
        UploadRequests.Answer answer = bean(UploadRequests.class).receive(kind, fileName, bytes, dryRun, org.sendpmo.access.Actor.SYSTEM, at);
        if (!(answer instanceof UploadRequests.Stored)) {
            throw new AssertionError("expected the file to be stored, not " + answer);
        }
        return ((UploadRequests.Stored) answer).upload();
    }

    /** The ingest function given the object's ObjectCreated event: "<upload id> <state>". */
    List<String> deliver(UploadKey key) {
        return handler.handleRequest(event(key.value()), null).uploads();
    }

    /** The object's bytes as they are in the raw bucket now. */
    byte[] rawObject(UploadKey key) {
        return s3.client().getObjectAsBytes(b -> b.bucket(S3ProxyExtension.RAW_BUCKET).key(key.value())).asByteArray();
    }

    /** Every key in the raw bucket. */
    List<String> rawKeys() {
        return s3.client().listObjectsV2Paginator(b -> b.bucket(S3ProxyExtension.RAW_BUCKET)).contents().stream()
                .map(o -> o.key()).toList();
    }

    /** ObjectCreated:Put records for the keys, in the raw bucket, as S3 sends them. */
    static S3Event event(String... keys) {
        List<S3EventNotification.S3EventNotificationRecord> records = new ArrayList<>();
        for (String key : keys) {
            records.add(new S3EventNotification.S3EventNotificationRecord("eu-west-2", "ObjectCreated:Put", "aws:s3",
                    "2026-11-24T10:00:00.000Z", "2.1", null, null,
                    new S3EventNotification.S3Entity("upload", new S3EventNotification.S3BucketEntity(S3ProxyExtension.RAW_BUCKET,
                            null, "arn:aws:s3:::" + S3ProxyExtension.RAW_BUCKET),
                            new S3EventNotification.S3ObjectEntity(key, 1L, null, null, null), "1.0"),
                    null));
        }
        return new S3Event(records);
    }

    @Override
    public void close() {
        handler.close();
    }
}
