package org.sendpmo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskRegister;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadArchive;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadProcessor;
import org.sendpmo.uploads.UploadState;
import org.sendpmo.uploads.UploadStore;

/**
 * Spreadsheet uploads reaching the ingest function as S3 ObjectCreated events, as in AWS (the api's
 * launcher is "s3-event", so nothing else reads them): events that arrive twice, at once, out of order,
 * or for an object whose database row was lost. Real S3Proxy and H2.
 */
class UploadEventTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /** Small, so a file over it is cheap to make. */
    private static final long MAX_BYTES = 64 * 1024;

    private static UploadTestApp app;
    private static ApplicationContext context;
    private static IngestHandler handler;
    private static UploadStore store;
    private static ReturnLedger ledger;

    @BeforeAll
    static void start() {
        app = UploadTestApp.start(S3, "upload-event-test", MAX_BYTES);
        context = app.context;
        handler = app.handler;
        store = context.getBean(UploadStore.class);
        ledger = context.getBean(ReturnLedger.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String month(int monthsAgo) {
        return YearMonth.now().minusMonths(monthsAgo).toString();
    }

    private static Upload stored(Map<String, Object> row, String name, Instant at) {
        return app.stored(UploadKind.RETURNS, name, SheetFixtures.returnsCsv(List.of(row)), false, at);
    }

    private static List<RecordedReturn> versions(String project, String month) {
        return ledger.history(project).stream().filter(r -> r.content().reportingMonth().toString().equals(month)).toList();
    }

    @Test
    void anEventDeliveredTwiceAndAtTheSameTimeRecordsTheFileOnce() throws Exception {
        Upload upload = stored(SheetFixtures.returnRow("P01", month(1)), "twice.csv", Instant.now());
        assertEquals(UploadState.PENDING, store.find(upload.id()).orElseThrow().state(), "nothing reads it but the event");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<IngestReport>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(() -> handler.handleRequest(event(upload.key().value(), upload.key().value()), null));
            }
            for (Future<IngestReport> f : pool.invokeAll(deliveries)) {
                assertEquals(List.of(upload.id() + " ACCEPTED", upload.id() + " ACCEPTED"), f.get().uploads());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, versions("P01", month(1)).size(), "eight deliveries, one version");
        assertEquals(1, store.find(upload.id()).orElseThrow().outcome().recorded());
    }

    @Test
    void eventsOutOfOrderStillNumberVersionsInTheOrderTheFilesWereUploaded() {
        Map<String, Object> row = SheetFixtures.returnRow("P02", month(2));
        Upload earlier = stored(row, "first.csv", Instant.now().minusSeconds(60));
        row.put("Overall RAG", "Red");
        Upload later = stored(row, "second.csv", Instant.now());

        handler.handleRequest(event(later.key().value()), null);
        handler.handleRequest(event(earlier.key().value()), null);

        List<RecordedReturn> versions = versions("P02", month(2));
        assertEquals(2, versions.size());
        assertEquals("RED", versions.get(0).content().overallRag().name(), "the later upload is the latest version");
        assertEquals(2, versions.get(0).version());
        assertEquals(UploadState.ACCEPTED, store.find(earlier.id()).orElseThrow().state());
    }

    @Test
    void anObjectWhoseRowWasLostIsRecordedFromItsMetadata() {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month(3))));
        Instant at = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UploadKey key = UploadKey.of(UploadKind.RETURNS, false, YearMonth.now(), RawKey.sha256(csv));
        context.getBean(UploadArchive.class).putIfAbsent(key, csv, new UploadArchive.Metadata("lost row.csv", at));

        IngestReport report = handler.handleRequest(event(key.value()), null);

        assertEquals(List.of(key.uploadId() + " ACCEPTED"), report.uploads());
        Upload upload = store.find(key.uploadId()).orElseThrow();
        assertEquals("lost row.csv", upload.fileName());
        assertEquals(at, upload.requestedAt());
    }

    @Test
    void aFileOverTheLimitIsRejectedFromItsSizeWithoutBeingRead() {
        byte[] big = new byte[(int) MAX_BYTES + 1];
        UploadKey key = UploadKey.of(UploadKind.RISK_REGISTER, false, YearMonth.now(), RawKey.sha256(big));
        // put straight into the bucket, as only someone bypassing the api could
        context.getBean(UploadArchive.class).putIfAbsent(key, big, new UploadArchive.Metadata("big.xlsx", Instant.now()));

        handler.handleRequest(event(key.value()), null);

        Upload upload = store.find(key.uploadId()).orElseThrow();
        assertEquals(UploadState.REJECTED, upload.state());
        String message = upload.outcome().problems().get(0).message();
        assertTrue(message.startsWith("The file is 64.0 KB") || message.contains("the largest file accepted is 64 KB"), message);
        assertTrue(S3.client().headObject(b -> b.bucket(S3ProxyExtension.RAW_BUCKET).key(key.value())).contentLength() == big.length,
                "the rejected file is kept for the record");
    }

    @Test
    void aRebuildReadsTheUploadsTheDatabaseLacksOnce() {
        Map<String, Object> risk = SheetFixtures.riskRow("R777");
        risk.put("Linked projects", "P01");
        byte[] csv = SheetFixtures.riskCsv(List.of(risk));
        UploadKey key = UploadKey.of(UploadKind.RISK_REGISTER, false, YearMonth.now(), RawKey.sha256(csv));
        // in the bucket, but never recorded: as after the database was lost
        context.getBean(UploadArchive.class).putIfAbsent(key, csv, new UploadArchive.Metadata("register.csv", Instant.now()));
        UploadProcessor processor = context.getBean(UploadProcessor.class);

        UploadProcessor.RebuildReport first = processor.rebuild();
        UploadProcessor.RebuildReport second = processor.rebuild();

        assertTrue(first.readNow() >= 1, first.toString());
        assertEquals(0, second.readNow(), "everything was read the first time");
        assertEquals(first.objects() - second.leftUnread(), second.alreadyRead(), "all but registry files, left for the api");
        assertEquals(UploadState.ACCEPTED, store.find(key.uploadId()).orElseThrow().state());
        assertEquals(1, context.getBean(RiskRegister.class).history("R777").size());
    }

    /**
     * In AWS ingest cannot reach the user pool, so it has no user directory and no registry: a registry file's
     * event (which the bucket sends ingest as for any upload) leaves it pending for the api, which reads it in the
     * request that stored it (the api's RegistryImportInAwsTest), so nothing is read twice or refused for want of
     * the leads. A rebuild here leaves it too, and says so.
     */
    @Test
    void aProjectRegistryFileIsLeftForTheApiByTheEventAndByARebuild() {
        assertFalse(context.containsBean(UserDirectory.class), "ingest has no user directory");
        assertFalse(context.containsBean(ProjectRegistry.class), "so no registry to record into");
        String csv = "Project ID,Name,Description,Operational group,Lead,Improvement areas,Ministerial priorities,Stage,"
                + "Start date,Planned end date,Depends on\r\n,Left for the api,,2,sam.okafor,C1,,Discovery,,,\r\n";
        List<String> projectsBefore = context.getBean(ProjectDirectory.class).all().stream().map(p -> p.name()).toList();
        Upload upload = app.stored(UploadKind.PROJECT_REGISTRY, "registry.csv", csv.getBytes(StandardCharsets.UTF_8), false,
                Instant.now());

        assertEquals(List.of(upload.id() + " PENDING"), app.deliver(upload.key()));
        assertEquals(List.of(upload.id() + " PENDING"), app.deliver(upload.key()), "delivered again, still left");
        UploadProcessor.RebuildReport rebuild = context.getBean(UploadProcessor.class).rebuild();
        assertTrue(rebuild.leftUnread() >= 1, rebuild.toString());

        Upload after = store.find(upload.id()).orElseThrow();
        assertEquals(UploadState.PENDING, after.state(), "not read, so not refused either");
        assertTrue(after.result().isEmpty());
        assertEquals(projectsBefore, context.getBean(ProjectDirectory.class).all().stream().map(p -> p.name()).toList());
    }

    private static S3Event event(String... keys) {
        return UploadTestApp.event(keys);
    }
}
