package org.sendpmo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnArchive;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.scoring.CriterionScores;

/**
 * The handler as Lambda runs it: AWS's sample ObjectCreated:Put event JSON, read by the Lambda
 * runtime's own event deserialiser, objects in a real S3Proxy raw bucket, recorded through the
 * real codec and JDBC adapters into H2 (PostgreSQL mode).
 */
class IngestHandlerTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:30:00Z");

    private static ApplicationContext context;
    private static IngestHandler handler;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(S3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:ingest-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        context = ApplicationContext.builder().properties(properties).start();
        context.getBean(ProjectDirectory.class).save(new Project("P01", "Annual review backlog", 3,
                Set.of(ImprovementArea.C1), "AD Specialist Children's Services"));
        handler = new IngestHandler(context);
    }

    @AfterAll
    static void stop() {
        if (handler != null) {
            handler.close();
        }
    }

    @Test
    void recordsEachReturnOnceAndExplainsTheRest() throws IOException {
        ReturnArchive archive = context.getBean(ReturnArchive.class);
        ReturnCodec codec = context.getBean(ReturnCodec.class);
        ProjectReturn ret = new ProjectReturn("P01", YearMonth.of(2026, 3), Rag.AMBER, "On track, one risk",
                List.of(), List.of(), CriterionScores.of(), "lead");
        byte[] bytes = codec.encode(ret);
        String key = RawKey.forReturn(ret, bytes).value();
        archive.putIfAbsent(key, bytes, "application/json", RECEIVED);

        String raw = S3ProxyExtension.RAW_BUCKET;
        String strangerKey = "uploads/Board pack+notes.csv";
        String forgedKey = "returns/2026-03/P01/" + RawKey.sha256("something else") + ".json";
        archive.putIfAbsent(forgedKey, bytes, "application/json", RECEIVED);
        String event = event(
                record(raw, key),
                record(raw, strangerKey),
                record(raw, forgedKey),
                record("some-other-bucket", key),
                record(raw, key));

        IngestReport report = handler.handleRequest(read(event), null);

        String reference = "P01-2026-03-" + RawKey.sha256(bytes).substring(0, 8).toUpperCase();
        assertEquals(List.of(reference), report.recorded());
        assertEquals(List.of(key), report.alreadyRecorded());
        assertEquals(List.of("s3://some-other-bucket/" + key), report.ignored());
        assertEquals(List.of(strangerKey, forgedKey), report.unusable().stream().map(IngestReport.Unusable::key).toList());
        assertTrue(report.unusable().get(0).reasons().get(0).contains("Not a return object key"), report.toString());
        assertTrue(report.unusable().get(1).reasons().get(0).contains("SHA-256 does not match"), report.toString());

        ReturnLedger ledger = context.getBean(ReturnLedger.class);
        assertEquals(1, ledger.count());
        assertEquals(RECEIVED, ledger.findByRawKey(new RawKey(key)).orElseThrow().receivedAt());
    }

    @Test
    void theAwsSampleEventVerbatimIsForAnotherBucketAndIgnored() throws IOException {
        try (InputStream in = IngestHandlerTest.class.getResourceAsStream("/events/s3-object-created-put.json")) {
            S3Event event = serializer().fromJson(in);
            assertEquals("test%2Fkey", event.getRecords().get(0).getS3().getObject().getKey());

            IngestReport report = handler.handleRequest(event, null);

            assertEquals(List.of("s3://example-bucket/test/key"), report.ignored());
            assertEquals(List.of(), report.recorded());
        }
    }

    @Test
    void keysAreDecodedAsS3EncodesThem() {
        assertEquals("returns/2026-03/P01/a.json", IngestHandler.decodeKey("returns%2F2026-03%2FP01%2Fa.json"));
        assertEquals("uploads/Board pack+notes.csv", IngestHandler.decodeKey("uploads/Board+pack%2Bnotes.csv"));
        assertEquals("caf\u00e9.json", IngestHandler.decodeKey("caf%C3%A9.json"));
    }

    /** The AWS sample's one record, with another bucket and key (encoded as S3 does: '+' for space, '/' kept). */
    private static String record(String bucket, String key) throws IOException {
        String sample = sample();
        String record = sample.substring(sample.indexOf('[') + 1, sample.lastIndexOf(']')).trim();
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        return record.replace("example-bucket", bucket).replace("test%2Fkey", encoded);
    }

    private static String event(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    private static String sample() throws IOException {
        try (InputStream in = IngestHandlerTest.class.getResourceAsStream("/events/s3-object-created-put.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static S3Event read(String json) {
        return serializer().fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the Lambda Java runtime uses for S3Event input. */
    private static PojoSerializer<S3Event> serializer() {
        return LambdaEventSerializers.serializerFor(S3Event.class, IngestHandlerTest.class.getClassLoader());
    }
}
