package org.sendpmo.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.BadFiles;
import org.sendpmo.adapters.sheets.BadUpload;
import org.sendpmo.adapters.sheets.BadUploads;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.returns.RawKey;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadArchive;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadOutcome;
import org.sendpmo.uploads.UploadProblem;
import org.sendpmo.uploads.UploadRequests;
import org.sendpmo.uploads.UploadState;
import org.sendpmo.uploads.UploadStore;

/**
 * Every case of the bad-input catalogue ({@link BadUploads}) through the whole upload path, as in AWS:
 * stored by the api, read by the ingest function from its S3 event. Each must be rejected with its own
 * specific problem, keep its raw object unchanged for audit, and record nothing. Real S3Proxy and H2.
 */
class BadUploadCatalogueTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /** Above the largest case in the catalogue (the thousand-problem register, about 1 MB). */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    private static UploadTestApp app;

    @BeforeAll
    static void start() {
        app = UploadTestApp.start(S3, "bad-upload-catalogue-test", MAX_BYTES);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static List<BadUpload> catalogue() {
        return BadUploads.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRejectedKeptAndRecordsNothing(BadUpload bad) {
        Recorded before = Recorded.now(app);
        Upload stored = app.stored(bad.kind(), "bad upload.xlsx", bad.bytes(), false, Instant.now());

        assertEquals(List.of(stored.id() + " REJECTED"), app.deliver(stored.key()), bad.name());

        Upload upload = app.bean(UploadStore.class).find(stored.id()).orElseThrow();
        assertEquals(UploadState.REJECTED, upload.state(), bad.name());
        assertNamed(bad, upload.outcome().problems());
        byte[] kept = app.rawObject(upload.key());
        assertEquals(upload.key().sha256(), RawKey.sha256(kept), bad.name() + ": the raw object is kept, unchanged");
        assertArrayEquals(bad.bytes(), kept, bad.name());
        assertEquals(before, Recorded.now(app), bad.name() + ": nothing is recorded");
    }

    @Test
    void anEmptyFileIsRefusedBeforeAnythingIsStored() {
        BadUpload empty = BadFiles.empty();
        List<String> objects = app.rawKeys();
        Recorded before = Recorded.now(app);

        UploadRequests.Refused refused = refused(empty.kind(), empty.bytes());

        assertEquals(UploadRequests.Reason.EMPTY, refused.reason());
        assertTrue(refused.message().contains(empty.words()), refused.message());
        assertEquals(objects, app.rawKeys(), "nothing is stored");
        assertEquals(before, Recorded.now(app));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeAnythingIsStored() {
        byte[] big = new byte[(int) MAX_BYTES + 1];
        List<String> objects = app.rawKeys();
        UploadKey key = UploadKey.of(UploadKind.RISK_REGISTER, false, YearMonth.now(ProgrammeTime.ZONE), RawKey.sha256(big));

        UploadRequests.Refused refused = refused(UploadKind.RISK_REGISTER, big);

        assertEquals(UploadRequests.Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.message().startsWith("The file is 2.0 MB; the largest file accepted is 2 MB."), refused.message());
        assertEquals(objects, app.rawKeys(), "nothing is stored");
        assertTrue(app.bean(UploadStore.class).findByKey(key).isEmpty(), "no upload is recorded");
    }

    @Test
    void aFileNameWithPathTraversalIsOnlyADisplayName() {
        Map<String, Object> risk = SheetFixtures.riskRow("R901");
        byte[] csv = SheetFixtures.riskCsv(List.of(risk));

        Upload stored = app.stored(UploadKind.RISK_REGISTER, "../../x.csv", csv, false, Instant.now());
        byte[] another = SheetFixtures.riskCsv(List.of(risk, SheetFixtures.riskRow("R902")));
        Upload windows = app.stored(UploadKind.RISK_REGISTER, "..\\..\\x.csv", another, false, Instant.now());

        assertEquals("x.csv", stored.fileName());
        assertEquals("x.csv", windows.fileName());
        assertEquals("x.csv", app.bean(UploadArchive.class).head(stored.key()).orElseThrow().metadata().fileName());
        assertTrue(app.rawKeys().stream().allMatch(UploadKey::isUploadKey), () -> "keys are hashes: " + app.rawKeys());
        assertArrayEquals(csv, app.rawObject(stored.key()));
        assertEquals(List.of(stored.id() + " ACCEPTED"), app.deliver(stored.key()), "the name plays no part in reading");
        assertEquals(List.of(windows.id() + " ACCEPTED"), app.deliver(windows.key()));
    }

    @Test
    void aDryRunOfAGoodFileRecordsNothingAndTheSameFileForRealDoes() {
        String lastMonth = YearMonth.now(ProgrammeTime.ZONE).minusMonths(1).toString();
        byte[] returns = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P02", lastMonth)));
        byte[] register = SheetFixtures.riskCsv(List.of(SheetFixtures.riskRow("R903")));
        Recorded before = Recorded.now(app);

        for (Upload checked : List.of(app.stored(UploadKind.RETURNS, "returns.csv", returns, true, Instant.now()),
                app.stored(UploadKind.RISK_REGISTER, "register.csv", register, true, Instant.now()))) {
            assertEquals(List.of(checked.id() + " ACCEPTED"), app.deliver(checked.key()));
            UploadOutcome outcome = app.bean(UploadStore.class).find(checked.id()).orElseThrow().outcome();
            assertEquals(1, outcome.rowsRead(), "read and checked");
            assertEquals(0, outcome.recorded() + outcome.unchanged(), "but not recorded");
        }
        assertEquals(before, Recorded.now(app), "nothing is recorded");

        // the same files, to record: what the check above compares does see it
        app.deliver(app.stored(UploadKind.RETURNS, "returns.csv", returns, false, Instant.now()).key());
        app.deliver(app.stored(UploadKind.RISK_REGISTER, "register.csv", register, false, Instant.now()).key());
        Recorded after = Recorded.now(app);
        assertEquals(before.returnVersions() + 1, after.returnVersions());
        assertEquals(before.registerVersions() + 1, after.registerVersions());
        assertEquals(before.kpiValues().size() + 2, after.kpiValues().size(), "K21 and CK3 for P02");
    }

    private static UploadRequests.Refused refused(UploadKind kind, byte[] bytes) {
        UploadRequests.Answer answer = app.bean(UploadRequests.class).receive(kind, "refused.csv", bytes, false, org.sendpmo.access.Actor.SYSTEM, Instant.now());
        assertTrue(answer instanceof UploadRequests.Refused, () -> "expected a refusal, not " + answer);
        return (UploadRequests.Refused) answer;
    }

    /** A problem says the case's words, at the case's row and column where it has them. */
    static void assertNamed(BadUpload bad, List<UploadProblem> problems) {
        List<UploadProblem> saying = problems.stream().filter(p -> p.message().contains(bad.words())).toList();
        assertFalse(saying.isEmpty(), () -> bad.name() + ": no problem says \"" + bad.words() + "\": " + problems);
        assertTrue(saying.stream().anyMatch(p -> p.row() == bad.row() && p.column().equals(bad.column())),
                () -> bad.name() + ": none at row " + bad.row() + ", column '" + bad.column() + "': " + saying);
    }
}
