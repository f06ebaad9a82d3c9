package org.sendpmo.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;
import org.sendpmo.adapters.Fixtures;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnReceipt;
import org.sendpmo.storage.StorageUnavailable;
import org.sendpmo.storage.Transactions;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadOutcome;
import org.sendpmo.uploads.UploadProblem;
import org.sendpmo.uploads.UploadState;
import org.sendpmo.uploads.UploadStore;

/**
 * The JDBC adapters and the Flyway migrations, against a real engine. Each subclass names the
 * engine (H2 in PostgreSQL mode, PostgreSQL 15); the same assertions run against both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcPortsContract {

    private ApplicationContext context;
    protected ProjectDirectory projects;
    protected CycleRepository cycles;
    protected ReturnLedger ledger;
    protected BuildLedger builds;
    protected Transactions transactions;
    protected ReturnCodec codec;

    /** Datasource properties for a fresh, empty database; may abort (skip) when the engine is absent. */
    protected abstract Map<String, Object> freshDatabase();

    /** The database product name the engine reports, so a misconfigured run cannot test the wrong engine. */
    protected abstract String expectedProduct();

    /** Drops whatever {@link #freshDatabase()} created. */
    protected void dropDatabase() {
    }

    /** Why the engine is absent; each test is then reported as skipped with this reason, never as passed. */
    private String skipReason;

    @BeforeAll
    void start() {
        Map<String, Object> database;
        try {
            database = freshDatabase();
        } catch (TestAbortedException e) {
            // Surefire drops a class aborted in @BeforeAll from its counts; skipping each test keeps it visible.
            skipReason = e.getMessage();
            return;
        }
        context = ApplicationContext.run(database);
        projects = context.getBean(ProjectDirectory.class);
        cycles = context.getBean(CycleRepository.class);
        ledger = context.getBean(ReturnLedger.class);
        builds = context.getBean(BuildLedger.class);
        transactions = context.getBean(Transactions.class);
        codec = context.getBean(ReturnCodec.class);
    }

    @AfterAll
    void stop() {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            dropDatabase();
        }
    }

    @BeforeEach
    void emptyTables() {
        Assumptions.assumeTrue(skipReason == null, () -> skipReason);
        context.getBean(DraftRows.class).deleteAll();
        context.getBean(ReminderRows.class).deleteAll();
        context.getBean(UploadRows.class).deleteAll();
        context.getBean(AssessedConfidenceRows.class).deleteAll();
        context.getBean(KpiValueRows.class).deleteAll();
        context.getBean(KpiDefinitionRows.class).deleteAll();
        context.getBean(RiskEntryRows.class).deleteAll();
        context.getBean(StandingRows.class).deleteAllRows();
        context.getBean(BuildRows.class).deleteAll();
        context.getBean(ReturnRows.class).deleteAll();
        context.getBean(CycleRows.class).deleteAll();
        context.getBean(ProjectRows.class).deleteAll();
        for (String id : List.of("P01", "P02", "P03")) {
            projects.save(new Project(id, "Project " + id, 1, Set.of(ImprovementArea.C2), "Lead " + id));
        }
    }

    @Test
    void everyFieldOfTheRegistryRoundTripsAndALeadsProjectsAreFoundByUsername() {
        Project p = new Project("P09", "Registry project", "What it does", 2, Set.of(ImprovementArea.C1, ImprovementArea.C9),
                Set.of(org.sendpmo.project.MinisterialPriority.B4), "Sam Okafor", "lead", org.sendpmo.project.ProjectStage.CLOSED,
                java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2027, 3, 31), Set.of("P01", "P02"),
                java.time.LocalDate.of(2026, 11, 24));
        projects.save(p);
        assertEquals(p, projects.find("P09").orElseThrow());
        org.sendpmo.project.ProjectLeadership leadership = context.getBean(org.sendpmo.project.ProjectLeadership.class);
        assertEquals(Set.of("P09"), leadership.ledBy("lead"));
        assertEquals(Set.of(), leadership.ledBy(""), "projects with a free-text lead are nobody's");
    }

    @Test
    void aReferenceValueIsSetReplacedAndCleared() {
        org.sendpmo.reference.ReferenceStore store = context.getBean(org.sendpmo.reference.ReferenceStore.class);
        org.sendpmo.reference.ReferenceList list = org.sendpmo.reference.ReferenceList.RISK_APPETITE;
        store.clear(list, "DEMAND");
        java.time.Instant at = java.time.Instant.parse("2026-11-24T10:00:00Z");
        store.save(new org.sendpmo.reference.ReferenceEntry(list, "DEMAND", "9", "office", at));
        store.save(new org.sendpmo.reference.ReferenceEntry(list, "DEMAND", "7", "admin", at.plusSeconds(60)));
        assertEquals(List.of(new org.sendpmo.reference.ReferenceEntry(list, "DEMAND", "7", "admin", at.plusSeconds(60))),
                store.entries(list));
        assertEquals(List.of(), store.entries(org.sendpmo.reference.ReferenceList.OPERATIONAL_GROUPS));
        store.clear(list, "DEMAND");
        assertEquals(List.of(), store.entries(list));
    }

    @Test
    void runsOnTheExpectedEngineWithTheMigrationApplied() throws SQLException {
        DataSource raw = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = raw.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            assertEquals(expectedProduct(), c.getMetaData().getDatabaseProductName());
            // Every migration file, in order, each applied successfully, and nothing else: read from the folder
            // rather than listed here, so that a migration added by any branch is checked without editing this test.
            for (String version : migrationVersions()) {
                assertTrue(rs.next(), "migration V" + version + " recorded");
                assertEquals(version, rs.getString(1));
                assertTrue(rs.getBoolean(2));
            }
            assertFalse(rs.next(), "only the migrations in db/migration");
        }
    }

    /**
     * V11 on a database as it was before it (a schema of its own, migrated to V10.1): every cycle gets the code of the
     * board whose title it stored; a title in no list takes the board of its id's prefix, else the Strategic Board;
     * the code is then required.
     */
    @Test
    void theBoardCodeMigrationFillsEachCycleFromItsBoardsTitle() throws SQLException {
        DataSource raw = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        String schema = "v11_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        java.util.function.Function<String, org.flywaydb.core.Flyway> migrateTo = target -> org.flywaydb.core.Flyway.configure()
                .dataSource(raw).schemas(schema).defaultSchema(schema).locations("classpath:db/migration").target(target).load();
        try {
            migrateTo.apply("10.1").migrate();
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            try (Connection c = raw.getConnection()) {
                for (Board b : Board.values()) {
                    insertCycle(c, schema, "t-" + b.ordinal(), b.title());
                    expected.put("t-" + b.ordinal(), b.name());
                }
                insertCycle(c, schema, "og2-2025-03", "Operational Group Two");
                expected.put("og2-2025-03", Board.OG2.name());
                insertCycle(c, schema, "early-2025-01", "Programme Board");
                expected.put("early-2025-01", Board.STSB.name());
            }
            migrateTo.apply("11").migrate();
            Map<String, String> codes = new java.util.LinkedHashMap<>();
            try (Connection c = raw.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, board_code, board FROM " + schema + ".board_cycle")) {
                while (rs.next()) {
                    codes.put(rs.getString(1), rs.getString(2));
                    assertFalse(rs.getString(3).isEmpty(), "the stored name is kept as a record");
                }
                assertEquals(expected, codes);
                assertThrows(SQLException.class, () -> insertCycle(c, schema, "no-code", "SEND Partnership Board"),
                        "a cycle without a code is refused by the database");
            }
        } finally {
            try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void insertCycle(Connection c, String schema, String id, String title) throws SQLException {
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO " + schema
                + ".board_cycle (id, board, meeting_date, reporting_month, cut_off) VALUES (?, ?, DATE '2025-03-19', '2025-02', DATE '2025-03-12')")) {
            insert.setString(1, id);
            insert.setString(2, title);
            insert.executeUpdate();
        }
    }

    /** The versions of the migration files on the class path ("1", "9", "9.1"), in Flyway's order. */
    private static List<String> migrationVersions() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                JdbcPortsContract.class.getClassLoader().getResource("db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9_.]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(java.util.Comparator.comparing(v -> java.util.Arrays.stream(v.split("\\."))
                            .map(part -> String.format("%09d", Integer.parseInt(part))).collect(java.util.stream.Collectors.joining("."))))
                    .toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- projects and cycles

    @Test
    void theDatabaseRefusesASecondProjectWithTheSameNameIgnoringCaseAndSpacing() {
        projects.save(new Project("P10", "Early  Help hub", 1, Set.of(), "Lead"));

        org.sendpmo.project.ProjectNameTaken refused = assertThrows(org.sendpmo.project.ProjectNameTaken.class,
                () -> projects.save(new Project("P11", " early help   HUB ", 1, Set.of(), "Lead")));

        assertEquals(" early help   HUB ", refused.name());
        assertTrue(projects.find("P11").isEmpty(), "nothing stored");
        projects.save(new Project("P10", "EARLY HELP HUB", 2, Set.of(), "Lead"));
        assertEquals("EARLY HELP HUB", projects.find("P10").orElseThrow().name(), "a project may change its own name's case");
        projects.save(new Project("P11", "Early help hub, phase 2", 1, Set.of(), "Lead"));
        assertThrows(org.sendpmo.project.ProjectNameTaken.class,
                () -> projects.save(new Project("P11", "early help hub", 1, Set.of(), "Lead")), "nor renamed onto another's");
        assertEquals("Early help hub, phase 2", projects.find("P11").orElseThrow().name());
    }

    @Test
    void projectsAreSavedReplacedAndListedById() {
        projects.save(new Project("A-10", "Early help", 0, EnumSet.of(ImprovementArea.C9, ImprovementArea.C1), null));
        projects.save(new Project("P02", "Renamed", 3, Set.of(), "New lead"));

        assertEquals(List.of("A-10", "P01", "P02", "P03"), projects.all().stream().map(Project::id).toList());
        assertEquals(new Project("A-10", "Early help", 0, Set.of(ImprovementArea.C1, ImprovementArea.C9), ""),
                projects.find("A-10").orElseThrow());
        assertEquals(new Project("P02", "Renamed", 3, Set.of(), "New lead"), projects.find("P02").orElseThrow());
        assertTrue(projects.find("P99").isEmpty());
    }

    @Test
    void cyclesAreListedLatestMeetingFirst() {
        BoardCycle october = cycle("stsb-2026-10", LocalDate.of(2026, 10, 20));
        BoardCycle december = cycle("stsb-2026-12", LocalDate.of(2026, 12, 15));
        cycles.save(october);
        cycles.save(december);
        BoardCycle moved = new BoardCycle("stsb-2026-10", Board.STSB, Board.STSB.title(), LocalDate.of(2026, 10, 27),
                YearMonth.of(2026, 9), LocalDate.of(2026, 10, 13));
        cycles.save(moved);

        assertEquals(List.of(december, moved), cycles.all());
        assertEquals(moved, cycles.find("stsb-2026-10").orElseThrow());
        assertTrue(cycles.find("nope").isEmpty());
    }

    // ---- returns

    @Test
    void versionsIncrementPerProjectAndMonth() {
        RecordedReturn a1 = record("P01", "2026-10", "first", "2026-10-03T09:00:00.123456Z");
        RecordedReturn a2 = record("P01", "2026-10", "second", "2026-10-04T09:00:00Z");
        RecordedReturn a3 = record("P01", "2026-10", "third", "2026-10-05T09:00:00Z");
        RecordedReturn b1 = record("P01", "2026-11", "november", "2026-11-02T09:00:00Z");
        RecordedReturn c1 = record("P02", "2026-10", "first", "2026-10-03T10:00:00Z");

        assertEquals(List.of(1, 2, 3, 1, 1), List.of(a1.version(), a2.version(), a3.version(), b1.version(), c1.version()));
        assertEquals(List.of(b1, a3, a2, a1), ledger.history("P01"));
        assertEquals(List.of(c1), ledger.history("P02"));
        assertEquals(5, ledger.count());
        assertEquals(Instant.parse("2026-10-03T09:00:00.123456Z"), ledger.findByRawKey(a1.rawKey()).orElseThrow().receivedAt());
    }

    @Test
    void findByRawKeyReturnsTheRecordedContent() {
        RecordedReturn recorded = record("P01", "2026-10", "content with “quotes” and é", "2026-10-03T09:00:00Z");

        assertEquals(recorded, ledger.findByRawKey(recorded.rawKey()).orElseThrow());
        RawKey other = RawKey.forReturn(Fixtures.aReturn("P01", "2026-10", "other"), new byte[] {1});
        assertTrue(ledger.findByRawKey(other).isEmpty());
    }

    @Test
    void latestPerProjectRespectsTheMonthAndTheCutOffInstant() {
        Instant cutOff = Instant.parse("2026-11-02T00:00:00Z");
        RecordedReturn p1OctV1 = record("P01", "2026-10", "v1", "2026-10-05T09:00:00Z");
        record("P01", "2026-10", "v2 after the cut-off", "2026-11-03T09:00:00Z");
        RecordedReturn p1Nov = record("P01", "2026-11", "november, early", "2026-11-01T09:00:00Z");
        RecordedReturn p2Sep = record("P02", "2026-09", "september", "2026-09-30T23:59:59Z");
        RecordedReturn p3AtCutOff = record("P03", "2026-10", "exactly at the cut-off", "2026-11-02T00:00:00Z");
        RecordedReturn p2JustBefore = record("P02", "2026-10", "just before", "2026-11-01T23:59:59.999999Z");

        assertEquals(List.of(p1OctV1, p2JustBefore), ledger.latestPerProject(YearMonth.of(2026, 10), cutOff));
        assertEquals(List.of(p1Nov, p2JustBefore, p3AtCutOff),
                ledger.latestPerProject(YearMonth.of(2026, 11), Instant.parse("2030-01-01T00:00:00Z")));
        RecordedReturn p1OctV2 = ledger.history("P01").stream().filter(r -> r.version() == 2).findFirst().orElseThrow();
        assertEquals(List.of(p1OctV2, p2JustBefore, p3AtCutOff),
                ledger.latestPerProject(YearMonth.of(2026, 10), Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(List.of(p2Sep), ledger.latestPerProject(YearMonth.of(2026, 9), cutOff));
        assertEquals(List.of(), ledger.latestPerProject(YearMonth.of(2026, 8), cutOff));
    }

    @Test
    void receiptsBetweenListEveryVersionOfTheMonthsReceivedBeforeTheInstantWithoutItsContent() {
        Instant cutOff = Instant.parse("2026-11-02T00:00:00Z");
        RecordedReturn p1OctV1 = record("P01", "2026-10", "v1", "2026-10-05T09:00:00.123456Z");
        RecordedReturn p1OctV2 = record("P01", "2026-10", "v2", "2026-10-20T09:00:00Z");
        record("P01", "2026-10", "v3 after the cut-off", "2026-11-03T09:00:00Z");
        RecordedReturn p1Aug = record("P01", "2026-08", "august", "2026-09-04T09:00:00Z");
        record("P01", "2026-07", "before the window", "2026-08-04T09:00:00Z");
        record("P01", "2026-11", "after the window", "2026-11-01T09:00:00Z");
        RecordedReturn p2Sep = record("P02", "2026-09", "september", "2026-10-01T23:59:59.999999Z");
        record("P03", "2026-10", "exactly at the cut-off", "2026-11-02T00:00:00Z");

        // By project, month latest first, version highest first; each field as recorded.
        assertEquals(List.of(ReturnReceipt.of(p1OctV2), ReturnReceipt.of(p1OctV1), ReturnReceipt.of(p1Aug), ReturnReceipt.of(p2Sep)),
                ledger.receiptsBetween(YearMonth.of(2026, 8), YearMonth.of(2026, 10), cutOff));
        assertEquals(List.of(), ledger.receiptsBetween(YearMonth.of(2026, 12), YearMonth.of(2027, 1), cutOff));
    }

    @Test
    void findAllReadsTheReturnsWithTheKeysInFullAndLeavesOutKeysNotRecorded() {
        List<RecordedReturn> recorded = new java.util.ArrayList<>();
        List<ReturnRow> rows = new java.util.ArrayList<>();
        Instant at = Instant.parse("2026-10-05T09:00:00Z");
        // More keys than one query takes, so the batches are joined; saved in one batch, as recording each is slow.
        for (int i = 0; i < JdbcReturnLedger.KEYS_A_QUERY + 5; i++) {
            ProjectReturn ret = Fixtures.aReturn("P0" + (1 + i % 3), "2026-10", "version " + i);
            byte[] content = codec.encode(ret);
            RecordedReturn r = new RecordedReturn(RawKey.forReturn(ret, content), 1 + i / 3, at, ret);
            recorded.add(r);
            rows.add(new ReturnRow(null, r.rawKey().value(), ret.projectId(), "2026-10", r.version(), at, "AMBER",
                    new String(content, StandardCharsets.UTF_8)));
        }
        context.getBean(ReturnRows.class).saveAll(rows);
        RawKey neverRecorded = RawKey.forReturn(Fixtures.aReturn("P01", "2026-10", "never"), new byte[] {1});
        List<RawKey> keys = new java.util.ArrayList<>(recorded.stream().map(RecordedReturn::rawKey).toList());
        keys.add(neverRecorded);
        keys.add(recorded.get(0).rawKey());

        java.util.Comparator<RecordedReturn> byKey = java.util.Comparator.comparing(r -> r.rawKey().value());
        assertEquals(recorded.stream().sorted(byKey).toList(), ledger.findAll(keys).stream().sorted(byKey).toList());
        assertEquals(List.of(recorded.get(7)), ledger.findAll(List.of(recorded.get(7).rawKey())));
        assertEquals(List.of(), ledger.findAll(List.of()));
    }

    @Test
    void aRawKeyIsRecordedOnlyOnce() {
        ProjectReturn ret = Fixtures.aReturn("P01", "2026-10", "once");
        RawKey key = RawKey.forReturn(ret, codec.encode(ret));
        ledger.record(ret, key, Instant.parse("2026-10-03T09:00:00Z"));

        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> ledger.record(ret, key, Instant.parse("2026-10-04T09:00:00Z")));
        assertTrue(again.getMessage().contains("already recorded as version 1"), again.getMessage());
        assertEquals(1, ledger.count());
    }

    @Test
    void theDatabaseItselfRejectsADuplicateRawKey() {
        RecordedReturn first = record("P01", "2026-10", "once", "2026-10-03T09:00:00Z");
        ReturnRows rows = context.getBean(ReturnRows.class);
        String content = new String(codec.encode(first.content()), StandardCharsets.UTF_8);

        assertThrows(DataAccessException.class, () -> rows.save(new ReturnRow(null, first.rawKey().value(), "P01",
                "2026-10", 2, Instant.parse("2026-10-04T09:00:00Z"), "AMBER", content)));
        assertThrows(DataAccessException.class, () -> rows.save(new ReturnRow(null,
                first.rawKey().value().replace(first.rawKey().sha256(), "0".repeat(64)), "P01",
                "2026-10", 1, Instant.parse("2026-10-04T09:00:00Z"), "AMBER", content)), "same project, month and version");
        assertEquals(1, ledger.count());
    }

    @Test
    void aRawKeyForAnotherProjectIsRefused() {
        ProjectReturn ret = Fixtures.aReturn("P01", "2026-10", "x");
        RawKey wrong = RawKey.forReturn(Fixtures.aReturn("P02", "2026-10", "x"), codec.encode(ret));
        assertThrows(IllegalArgumentException.class, () -> ledger.record(ret, wrong, Instant.now()));
    }

    // ---- transactions

    @Test
    void anExceptionInTheWorkRollsBackAndIsRethrownUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            record("P01", "2026-10", "rolled back", "2026-10-03T09:00:00Z");
            projects.save(new Project("P09", "Rolled back too", 1, Set.of(), ""));
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(0, ledger.count());
        assertTrue(projects.find("P09").isEmpty());
    }

    @Test
    void storageUnavailableFromTheWorkPassesThroughUnwrapped() {
        StorageUnavailable objectStoreDown = new StorageUnavailable("object store down", null);
        StorageUnavailable thrown = assertThrows(StorageUnavailable.class, () -> transactions.inTransaction(() -> {
            record("P01", "2026-10", "rolled back", "2026-10-03T09:00:00Z");
            throw objectStoreDown;
        }));
        assertSame(objectStoreDown, thrown);
        assertEquals(0, ledger.count());
    }

    @Test
    void aDatabaseFailureBecomesStorageUnavailableAndRollsBack() {
        ReturnRows rows = context.getBean(ReturnRows.class);
        StorageUnavailable thrown = assertThrows(StorageUnavailable.class, () -> transactions.inTransaction(() -> {
            record("P01", "2026-10", "rolled back", "2026-10-03T09:00:00Z");
            // no project P77: the foreign key fails inside the database
            return rows.save(new ReturnRow(null, "returns/2026-10/P77/" + "a".repeat(64) + ".json", "P77", "2026-10", 1,
                    Instant.parse("2026-10-03T09:00:00Z"), "RED", "{}"));
        }));
        assertTrue(thrown.getMessage().contains("try again"), thrown.getMessage());
        assertTrue(thrown.getCause() instanceof DataAccessException, String.valueOf(thrown.getCause()));
        assertEquals(0, ledger.count());
    }

    @Test
    void workThatSucceedsIsCommitted() {
        RecordedReturn recorded = transactions.inTransaction(() -> record("P01", "2026-10", "kept", "2026-10-03T09:00:00Z"));
        assertEquals(recorded, ledger.findByRawKey(recorded.rawKey()).orElseThrow());
    }

    // ---- pack builds

    @Test
    void buildsMoveFromQueuedToRunningToSucceeded() {
        cycles.save(cycle("stsb-2026-12", LocalDate.of(2026, 12, 15)));
        Instant requested = Instant.parse("2026-12-01T10:15:30.123456Z");
        PackBuild queued = builds.queue("stsb-2026-12", requested);

        assertEquals(new PackBuild("20261201T101530123Z", "stsb-2026-12", BuildStatus.QUEUED, requested, null, 0, null), queued);
        assertEquals(queued, builds.find(queued.id()).orElseThrow());

        builds.markRunning(queued.id());
        assertEquals(BuildStatus.RUNNING, builds.find(queued.id()).orElseThrow().status());
        builds.markRunning(queued.id()); // a redelivered invocation may start it again

        Instant finished = Instant.parse("2026-12-01T10:16:02Z");
        builds.markSucceeded(queued.id(), 42, "42 pages, 17 projects ranked", finished);
        assertEquals(new PackBuild(queued.id(), "stsb-2026-12", BuildStatus.SUCCEEDED, requested, finished, 42,
                "42 pages, 17 projects ranked"), builds.find(queued.id()).orElseThrow());

        IllegalStateException late = assertThrows(IllegalStateException.class,
                () -> builds.markFailed(queued.id(), "late failure", finished));
        assertEquals("build 20261201T101530123Z is SUCCEEDED and cannot become FAILED", late.getMessage());
        assertThrows(IllegalStateException.class, () -> builds.markRunning(queued.id()));
        assertEquals(BuildStatus.SUCCEEDED, builds.find(queued.id()).orElseThrow().status());
        assertThrows(IllegalArgumentException.class, () -> builds.markRunning("20000101T000000000Z"));
        assertTrue(builds.find("20000101T000000000Z").isEmpty());
    }

    @Test
    void aQueuedBuildCanFailButCannotSucceedWithoutRunning() {
        cycles.save(cycle("stsb-2026-12", LocalDate.of(2026, 12, 15)));
        PackBuild queued = builds.queue("stsb-2026-12", Instant.parse("2026-12-01T10:00:00Z"));
        assertThrows(IllegalStateException.class,
                () -> builds.markSucceeded(queued.id(), 1, "too soon", Instant.parse("2026-12-01T10:01:00Z")));

        builds.markFailed(queued.id(), "Broken internal links: a.html", Instant.parse("2026-12-01T10:01:00Z"));
        PackBuild failed = builds.find(queued.id()).orElseThrow();
        assertEquals(BuildStatus.FAILED, failed.status());
        assertEquals("Broken internal links: a.html", failed.message());
        assertEquals(0, failed.pages());
    }

    @Test
    void buildIdsAreSortableAndUniqueWithinAMillisecond() {
        cycles.save(cycle("stsb-2026-12", LocalDate.of(2026, 12, 15)));
        Instant same = Instant.parse("2026-12-01T23:59:59.999Z");
        PackBuild first = builds.queue("stsb-2026-12", same);
        PackBuild second = builds.queue("stsb-2026-12", same);
        PackBuild third = builds.queue("stsb-2026-12", same);
        PackBuild later = builds.queue("stsb-2026-12", Instant.parse("2026-12-02T08:00:00Z"));

        assertEquals(List.of("20261201T235959999Z", "20261202T000000000Z", "20261202T000000001Z", "20261202T080000000Z"),
                List.of(first.id(), second.id(), third.id(), later.id()));
        assertEquals(List.of(later, third, second, first), builds.forCycle("stsb-2026-12"));
        assertEquals(same, second.requestedAt(), "the request time is kept as given");
        assertThrows(IllegalArgumentException.class, () -> builds.queue("no-such-cycle", same));
        assertEquals(List.of(), builds.forCycle("no-such-cycle"));
    }

    @Test
    void currentBuildsAreTheLatestSucceededOfEachCycle() {
        cycles.save(cycle("stsb-2026-10", LocalDate.of(2026, 10, 20)));
        cycles.save(cycle("stsb-2026-11", LocalDate.of(2026, 11, 20)));
        cycles.save(cycle("stsb-2026-12", LocalDate.of(2026, 12, 15)));
        PackBuild octOld = succeeded("stsb-2026-10", "2026-10-10T09:00:00Z");
        PackBuild octNew = succeeded("stsb-2026-10", "2026-10-11T09:00:00Z");
        failed("stsb-2026-10", "2026-10-12T09:00:00Z");
        builds.queue("stsb-2026-10", Instant.parse("2026-10-13T09:00:00Z"));
        failed("stsb-2026-11", "2026-11-10T09:00:00Z");
        PackBuild dec = succeeded("stsb-2026-12", "2026-12-01T09:00:00Z");

        assertEquals(List.of(octNew, dec), builds.currentBuilds());
        assertFalse(builds.currentBuilds().contains(octOld));
        assertNull(builds.forCycle("stsb-2026-10").get(0).finishedAt(), "the newest is still queued");
    }

    // ---- helpers

    private RecordedReturn record(String projectId, String month, String commentary, String receivedAt) {
        ProjectReturn ret = Fixtures.aReturn(projectId, month, commentary);
        return ledger.record(ret, RawKey.forReturn(ret, codec.encode(ret)), Instant.parse(receivedAt));
    }

    private PackBuild succeeded(String cycleId, String requestedAt) {
        PackBuild b = builds.queue(cycleId, Instant.parse(requestedAt));
        builds.markRunning(b.id());
        builds.markSucceeded(b.id(), 10, "10 pages", Instant.parse(requestedAt).plusSeconds(30));
        return builds.find(b.id()).orElseThrow();
    }

    private void failed(String cycleId, String requestedAt) {
        PackBuild b = builds.queue(cycleId, Instant.parse(requestedAt));
        builds.markRunning(b.id());
        builds.markFailed(b.id(), "render failed", Instant.parse(requestedAt).plusSeconds(30));
    }

    private static BoardCycle cycle(String id, LocalDate meeting) {
        return new BoardCycle(id, Board.STSB, Board.STSB.title(), meeting, YearMonth.from(meeting.minusMonths(1)), meeting.minusDays(14));
    }

    // ---- standings kept per build

    @Test
    void standingsAreKeptPerBuildWithTheirMethodologyVersionAndScores() {
        cycles.save(new org.sendpmo.cycle.BoardCycle("stsb-2026-05", Board.STSB, "Strategic Board", java.time.LocalDate.of(2026, 5, 20),
                java.time.YearMonth.of(2026, 4), java.time.LocalDate.of(2026, 5, 13)));
        String build = builds.queue("stsb-2026-05", java.time.Instant.parse("2026-05-14T09:00:00Z")).id();
        org.sendpmo.board.StandingsArchive archive = context.getBean(org.sendpmo.board.StandingsArchive.class);
        List<org.sendpmo.board.ProjectStanding> kept = List.of(
                new org.sendpmo.board.ProjectStanding("P01", "Project P01", 1, new java.math.BigDecimal("83.33"),
                        org.sendpmo.scoring.Band.HIGH, org.sendpmo.returns.Rag.AMBER, "P01-2026-04-ABCDEF12",
                        new org.sendpmo.scoring.CriterionScores(java.util.Map.of(org.sendpmo.scoring.Criterion.C01, 5,
                                org.sendpmo.scoring.Criterion.C11, 2)), "v1",
                        org.sendpmo.confidence.ConfidenceRating.AMBER_RED, "Indicative: Overall RAG Red"),
                new org.sendpmo.board.ProjectStanding("P02", "Project P02", 0, null, null, null, null, null, "v1", null, ""));

        archive.save(build, kept);

        assertEquals(kept, archive.forBuild(build));
        assertEquals(List.of(), archive.forBuild("19990101T000000000Z"));
    }

    // ---- the risk register, in versions

    private static org.sendpmo.risk.RiskEntry entry(String id, org.sendpmo.risk.RiskScore current, org.sendpmo.risk.EntryStatus status,
                                                    List<org.sendpmo.risk.MitigatingAction> actions) {
        return new org.sendpmo.risk.RiskEntry(id, org.sendpmo.risk.EntryType.RISK, "Workforce gaps " + id, "Vacancies in <SEN> teams",
                org.sendpmo.risk.RiskCategory.RECRUITMENT_WORKFORCE, "Head of SEND", List.of("P01", "P02"),
                EnumSet.of(ImprovementArea.C8, ImprovementArea.C2), new org.sendpmo.risk.RiskScore(5, 5), current,
                new org.sendpmo.risk.RiskScore(2, 3),
                List.of(new org.sendpmo.risk.Control("Agency cover", org.sendpmo.risk.Control.Effectiveness.PARTIALLY_EFFECTIVE),
                        new org.sendpmo.risk.Control("Weekly vacancy review", org.sendpmo.risk.Control.Effectiveness.EFFECTIVE)),
                actions,
                List.of(new org.sendpmo.risk.Kri("Vacancy rate %", org.sendpmo.risk.KriPolarity.HIGHER_IS_WORSE,
                                new java.math.BigDecimal("10.0"), new java.math.BigDecimal("15.50"),
                                new org.sendpmo.risk.KriReading(new java.math.BigDecimal("12.250"), YearMonth.of(2026, 9))),
                        new org.sendpmo.risk.Kri("Retention", org.sendpmo.risk.KriPolarity.LOWER_IS_WORSE,
                                new java.math.BigDecimal("90"), new java.math.BigDecimal("80"), null)),
                org.sendpmo.risk.EscalationStatus.ESCALATED_TO_STSB, LocalDate.of(2026, 10, 1), status);
    }

    private static final List<org.sendpmo.risk.MitigatingAction> ACTIONS = List.of(
            new org.sendpmo.risk.MitigatingAction("Recruit two specialists", "Service manager", LocalDate.of(2026, 12, 31),
                    org.sendpmo.risk.ActionStatus.IN_PROGRESS),
            new org.sendpmo.risk.MitigatingAction("Agree agency framework", "Commissioning lead", LocalDate.of(2026, 9, 30),
                    org.sendpmo.risk.ActionStatus.COMPLETE));

    @Test
    void aRegisterEntryRoundTripsWithEveryNestedPart() {
        org.sendpmo.risk.RiskRegister register = context.getBean(org.sendpmo.risk.RiskRegister.class);
        org.sendpmo.risk.RiskEntry full = entry("R-001", new org.sendpmo.risk.RiskScore(4, 4), org.sendpmo.risk.EntryStatus.OPEN, ACTIONS);
        org.sendpmo.risk.RiskEntry bare = new org.sendpmo.risk.RiskEntry("I-002", org.sendpmo.risk.EntryType.ISSUE, "Late data", null,
                org.sendpmo.risk.RiskCategory.DATA_QUALITY, "Data lead", List.of(), Set.of(), new org.sendpmo.risk.RiskScore(3, 3),
                new org.sendpmo.risk.RiskScore(3, 2), new org.sendpmo.risk.RiskScore(1, 1), List.of(), List.of(), List.of(),
                org.sendpmo.risk.EscalationStatus.NONE, LocalDate.of(2026, 10, 2), org.sendpmo.risk.EntryStatus.OPEN);

        List<org.sendpmo.risk.RiskRegister.RecordedEntry> added = register.record(List.of(full, bare), LocalDate.of(2026, 10, 5));

        assertEquals(List.of(1, 1), added.stream().map(org.sendpmo.risk.RiskRegister.RecordedEntry::version).toList());
        assertEquals(List.of(bare, full), register.asAt(LocalDate.of(2026, 10, 5)), "ordered by id, equal field by field");
        org.sendpmo.risk.RiskEntry read = register.asAt(LocalDate.of(2026, 10, 5)).get(1);
        assertEquals(new java.math.BigDecimal("12.250"), read.kris().get(0).latest().value(), "decimal scale kept");
        assertNull(read.kris().get(1).latest());
        assertEquals(List.of(ImprovementArea.C2, ImprovementArea.C8), List.copyOf(read.improvementAreas()));
        assertTrue(register.asAt(LocalDate.of(2026, 10, 4)).isEmpty(), "nothing recorded by the 4th");
    }

    @Test
    void aChangedEntryIsANewVersionEarlierOnesKeptAndAsAtPicksTheVersionInForce() {
        org.sendpmo.risk.RiskRegister register = context.getBean(org.sendpmo.risk.RiskRegister.class);
        org.sendpmo.risk.RiskEntry v1 = entry("R-001", new org.sendpmo.risk.RiskScore(4, 4), org.sendpmo.risk.EntryStatus.OPEN, ACTIONS);
        org.sendpmo.risk.RiskEntry other = entry("R-002", new org.sendpmo.risk.RiskScore(2, 2), org.sendpmo.risk.EntryStatus.OPEN, List.of());
        register.record(List.of(v1, other), LocalDate.of(2026, 9, 1));

        // The October snapshot repeats R-002 unchanged and lowers R-001: only R-001 gets a version.
        org.sendpmo.risk.RiskEntry v2 = entry("R-001", new org.sendpmo.risk.RiskScore(3, 4), org.sendpmo.risk.EntryStatus.OPEN, ACTIONS);
        assertEquals(List.of("R-001 v2"), register.record(List.of(v2, other), LocalDate.of(2026, 10, 1)).stream()
                .map(r -> r.entry().id() + " v" + r.version()).toList());
        // November closes it (a changed status is a change too).
        org.sendpmo.risk.RiskEntry v3 = entry("R-001", new org.sendpmo.risk.RiskScore(3, 4), org.sendpmo.risk.EntryStatus.CLOSED, ACTIONS);
        register.record(List.of(v3), LocalDate.of(2026, 11, 1));

        assertEquals(List.of(v1, other), register.asAt(LocalDate.of(2026, 9, 30)));
        assertEquals(List.of(v2, other), register.asAt(LocalDate.of(2026, 10, 1)), "recorded on the cut-off counts");
        assertEquals(List.of(v3, other), register.asAt(LocalDate.of(2027, 1, 1)));
        assertEquals(List.of(1, 2, 3), register.history("R-001").stream().map(org.sendpmo.risk.RiskRegister.RecordedEntry::version).toList());
        assertEquals(List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
                register.history("R-001").stream().map(org.sendpmo.risk.RiskRegister.RecordedEntry::recordedOn).toList());
        assertTrue(register.history("R-404").isEmpty());

        IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
                () -> register.record(List.of(v1), LocalDate.of(2026, 10, 15)));
        assertTrue(back.getMessage().contains("R-001 already has version 3 recorded as at 2026-11-01"), back.getMessage());
        assertThrows(IllegalArgumentException.class, () -> register.record(List.of(other, other), LocalDate.of(2026, 12, 1)));
        assertEquals(3, register.history("R-001").size(), "a rejected recording adds nothing");
    }

    @Test
    void aLargeRegisterIsRecordedWholeAndOnlyItsChangedEntriesBecomeNewVersions() {
        org.sendpmo.risk.RiskRegister register = context.getBean(org.sendpmo.risk.RiskRegister.class);
        List<org.sendpmo.risk.RiskEntry> september = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            september.add(entry(String.format("R-%04d", i), new org.sendpmo.risk.RiskScore(4, 4), org.sendpmo.risk.EntryStatus.OPEN, ACTIONS));
        }
        assertEquals(september.size(), register.record(september, LocalDate.of(2026, 9, 1)).size());

        List<org.sendpmo.risk.RiskEntry> october = new java.util.ArrayList<>(september);
        for (int i = 0; i < october.size(); i += 1000) {
            october.set(i + 1, entry(october.get(i + 1).id(), new org.sendpmo.risk.RiskScore(3, 4), org.sendpmo.risk.EntryStatus.OPEN, ACTIONS));
        }
        assertEquals(List.of("R-0001 v2", "R-1001 v2", "R-2001 v2"), register.record(october, LocalDate.of(2026, 10, 1)).stream()
                .map(r -> r.entry().id() + " v" + r.version()).toList());
        assertEquals(september, register.asAt(LocalDate.of(2026, 9, 30)));
        assertEquals(october, register.asAt(LocalDate.of(2026, 10, 1)));
        assertTrue(register.record(october, LocalDate.of(2026, 11, 1)).isEmpty(), "the same register again adds nothing");
    }

    // ---- KPI definitions and values

    private static org.sendpmo.kpi.KpiDefinition kpi(String id, String name) {
        return new org.sendpmo.kpi.KpiDefinition(id, name, org.sendpmo.kpi.KpiUnit.PERCENTAGE,
                org.sendpmo.kpi.Polarity.HIGHER_IS_BETTER, "KCC", org.sendpmo.kpi.KpiFrequency.MONTHLY, true,
                EnumSet.of(ImprovementArea.C3, ImprovementArea.C1),
                new org.sendpmo.kpi.KpiTargets(new java.math.BigDecimal("55.0"), null, new java.math.BigDecimal("70")));
    }

    @Test
    void kpiDefinitionsRoundTripAndAreReplacedById() {
        org.sendpmo.kpi.KpiStore store = context.getBean(org.sendpmo.kpi.KpiStore.class);
        org.sendpmo.kpi.KpiDefinition ehcp = kpi("EHCP-20WK", "EHC plans issued within 20 weeks");
        org.sendpmo.kpi.KpiDefinition projectKpi = new org.sendpmo.kpi.KpiDefinition("P01-HUBS", "Hub referrals",
                org.sendpmo.kpi.KpiUnit.COUNT, org.sendpmo.kpi.Polarity.NOT_STATED, "Health", org.sendpmo.kpi.KpiFrequency.TERMLY,
                false, Set.of(ImprovementArea.C2), null);
        store.saveDefinitions(List.of(projectKpi, ehcp));
        assertEquals(List.of(ehcp, projectKpi), store.definitions());

        org.sendpmo.kpi.KpiDefinition renamed = kpi("EHCP-20WK", "EHC plans in 20 weeks (excluding exceptions)");
        store.saveDefinitions(List.of(renamed));
        assertEquals(List.of(renamed, projectKpi), store.definitions());
    }

    @Test
    void aRevisedKpiValueIsANewVersionAndReadsRespectMonthAndReceipt() {
        org.sendpmo.kpi.KpiStore store = context.getBean(org.sendpmo.kpi.KpiStore.class);
        store.saveDefinitions(List.of(kpi("EHCP-20WK", "EHC plans issued within 20 weeks")));
        YearMonth sep = YearMonth.of(2026, 9);
        YearMonth oct = YearMonth.of(2026, 10);
        store.record("EHCP-20WK", null, sep, new java.math.BigDecimal("41.5"), Instant.parse("2026-10-05T09:00:00Z"));
        store.record("EHCP-20WK", null, oct, new java.math.BigDecimal("42.5"), Instant.parse("2026-11-03T09:00:00Z"));
        store.record("EHCP-20WK", "P01", oct, new java.math.BigDecimal("60"), Instant.parse("2026-11-04T09:00:00Z"));
        // The same figure again (numerically) is not a revision.
        org.sendpmo.kpi.KpiStore.RecordedValue same = store.record("EHCP-20WK", null, oct, new java.math.BigDecimal("42.50"),
                Instant.parse("2026-11-05T09:00:00Z"));
        assertEquals(1, same.observation().version());
        assertEquals(new java.math.BigDecimal("42.5"), same.observation().value());
        // September revised after October's cut-off.
        org.sendpmo.kpi.KpiStore.RecordedValue revised = store.record("EHCP-20WK", null, sep, new java.math.BigDecimal("40.75"),
                Instant.parse("2026-11-20T09:00:00.123456789Z"));
        assertEquals(2, revised.observation().version());
        assertTrue(revised.revision());
        assertEquals(Instant.parse("2026-11-20T09:00:00.123456Z"), revised.receivedAt());

        Instant octoberCutOff = Instant.parse("2026-11-12T00:00:00Z");
        assertEquals(List.of("programme 2026-09 41.5 v1", "programme 2026-10 42.5 v1", "P01 2026-10 60 v1"),
                describe(store.latest(oct, octoberCutOff)));
        assertEquals(List.of("programme 2026-09 40.75 v2", "programme 2026-10 42.5 v1", "P01 2026-10 60 v1"),
                describe(store.latest(oct, Instant.parse("2026-12-01T00:00:00Z"))));
        assertEquals(List.of("programme 2026-09 41.5 v1"), describe(store.latest(sep, octoberCutOff)), "months up to September only");
        assertEquals(List.of("programme 2026-09 40.75 v2"),
                describe(store.revisedBetween(octoberCutOff, Instant.parse("2026-12-01T00:00:00Z"), oct)),
                "revised since the last cycle's cut-off");
        assertTrue(store.revisedBetween(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), oct).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> store.record("NO-SUCH", null, oct, java.math.BigDecimal.ONE, Instant.parse("2026-11-03T09:00:00Z")));
    }

    @Test
    void anAgreedBaselineRoundTripsWithItsDefinition() {
        org.sendpmo.kpi.KpiStore store = context.getBean(org.sendpmo.kpi.KpiStore.class);
        org.sendpmo.kpi.KpiDefinition plain = kpi("EHCP-20WK", "EHC plans issued within 20 weeks");
        org.sendpmo.kpi.KpiDefinition withBaseline = new org.sendpmo.kpi.KpiDefinition(plain.id(), plain.name(), plain.unit(),
                plain.polarity(), plain.owner(), plain.frequency(), plain.critical(), plain.areas(), plain.targets(),
                new org.sendpmo.kpi.AgreedBaseline(YearMonth.of(2022, 12), new java.math.BigDecimal("42.50")));
        store.saveDefinitions(List.of(withBaseline));
        assertEquals(List.of(withBaseline), store.definitions());
        assertEquals("42.50", store.definitions().get(0).baseline().value().toPlainString(), "the decimal keeps its scale");
        store.saveDefinitions(List.of(plain));
        assertEquals(List.of(plain), store.definitions(), "a baseline can be taken away again");
    }

    @Test
    void aRevisionKeepsItsReasonAndTheLatestOfOneValueIsFound() {
        org.sendpmo.kpi.KpiStore store = context.getBean(org.sendpmo.kpi.KpiStore.class);
        store.saveDefinitions(List.of(kpi("EHCP-20WK", "EHC plans issued within 20 weeks")));
        YearMonth sep = YearMonth.of(2026, 9);
        assertTrue(store.latestOf("EHCP-20WK", null, sep).isEmpty());
        store.record("EHCP-20WK", null, sep, new java.math.BigDecimal("41.5"), Instant.parse("2026-10-05T09:00:00Z"));
        store.record("EHCP-20WK", "P01", sep, new java.math.BigDecimal("60"), Instant.parse("2026-10-06T09:00:00Z"));
        store.record("EHCP-20WK", null, sep, new java.math.BigDecimal("40"), Instant.parse("2026-11-05T09:00:00Z"),
                "  Late returns from two districts ");

        org.sendpmo.kpi.KpiStore.RecordedValue latest = store.latestOf("EHCP-20WK", null, sep).orElseThrow();
        assertEquals(2, latest.observation().version());
        assertEquals("Late returns from two districts", latest.reason());
        assertEquals("60", store.latestOf("EHCP-20WK", "P01", sep).orElseThrow().observation().value().toPlainString());
        assertEquals(java.util.Arrays.asList(null, "Late returns from two districts"),
                store.latest(sep, Instant.parse("2026-12-01T00:00:00Z")).stream()
                        .sorted(java.util.Comparator.comparing(v -> v.programmeLevel() ? 1 : 0))
                        .map(org.sendpmo.kpi.KpiStore.RecordedValue::reason).toList(),
                "the pack reads the reason with the value in force; a project's value has none");
    }

    private static List<String> describe(List<org.sendpmo.kpi.KpiStore.RecordedValue> values) {
        return values.stream().map(v -> (v.programmeLevel() ? "programme" : v.projectId()) + " " + v.observation().month() + " "
                + v.observation().value() + " v" + v.observation().version()).toList();
    }

    // ---- assessed delivery confidence

    @Test
    void theLatestAssessedRatingForAProjectAndCycleWinsAndAllAreKept() {
        org.sendpmo.confidence.AssessedConfidenceStore store = context.getBean(org.sendpmo.confidence.AssessedConfidenceStore.class);
        cycles.save(cycle("stsb-2026-11", LocalDate.of(2026, 11, 18)));
        cycles.save(cycle("stsb-2026-12", LocalDate.of(2026, 12, 16)));
        org.sendpmo.confidence.AssessedConfidence first = new org.sendpmo.confidence.AssessedConfidence(
                org.sendpmo.confidence.ConfidenceRating.AMBER_RED, "PMO lead", LocalDate.of(2026, 11, 12), "Awaiting recruitment");
        org.sendpmo.confidence.AssessedConfidence second = new org.sendpmo.confidence.AssessedConfidence(
                org.sendpmo.confidence.ConfidenceRating.AMBER, "Programme director", LocalDate.of(2026, 11, 13), null);
        org.sendpmo.confidence.AssessedConfidence p02 = new org.sendpmo.confidence.AssessedConfidence(
                org.sendpmo.confidence.ConfidenceRating.GREEN, "PMO lead", LocalDate.of(2026, 11, 12), "On track");
        store.record("P01", "stsb-2026-11", first, Instant.parse("2026-11-12T10:00:00Z"));
        store.record("P02", "stsb-2026-11", p02, Instant.parse("2026-11-12T10:05:00Z"));
        store.record("P01", "stsb-2026-11", second, Instant.parse("2026-11-13T10:00:00Z"));

        assertEquals(java.util.Optional.of(second), store.forCycle("P01", "stsb-2026-11"));
        assertEquals(List.of(first, second), store.history("P01", "stsb-2026-11"));
        assertEquals(Map.of("P01", second, "P02", p02), store.forCycle("stsb-2026-11"));
        assertTrue(store.forCycle("P01", "stsb-2026-12").isEmpty(), "an assessment belongs to its cycle");
        assertTrue(store.forCycle("stsb-2026-12").isEmpty());
        assertTrue(store.forCycle("P03", "stsb-2026-11").isEmpty());
    }

    private UploadStore uploads() {
        return context.getBean(UploadStore.class);
    }

    private static Upload pendingUpload(String sha, Instant at) {
        return Upload.pending(UploadKey.of(UploadKind.RETURNS, false, YearMonth.of(2026, 3), sha.repeat(64).substring(0, 64)),
                "returns \u00e9.xlsx", 1234, at);
    }

    @Test
    void anUploadIsAddedOnceWhoeverAddsItFirst() {
        Upload first = uploads().addIfAbsent(pendingUpload("a", Instant.parse("2026-03-02T10:00:00Z")));
        Upload second = uploads().addIfAbsent(pendingUpload("a", Instant.parse("2026-03-02T11:00:00Z")));

        assertEquals(first, second, "the second add returns the first");
        assertEquals(first, uploads().findByKey(first.key()).orElseThrow());
        assertEquals("returns \u00e9.xlsx", uploads().find(first.id()).orElseThrow().fileName());
    }

    @Test
    void anUploadIsReadOnceItsOutcomeKeptWithEveryProblem() {
        Upload upload = uploads().addIfAbsent(pendingUpload("b", Instant.parse("2026-03-02T10:00:00Z")));
        UploadOutcome outcome = UploadOutcome.rejected(Instant.parse("2026-03-02T10:00:05Z"), 3, List.of(
                new UploadProblem("Returns", 4, "C03 score", "=1+1", "C03 score must be a whole number from 1 to 5; found '=1+1'"),
                UploadProblem.file("second problem")));

        assertTrue(transactions.inTransaction(() -> {
            assertTrue(uploads().claim(upload.id()));
            uploads().complete(upload.id(), outcome);
            return true;
        }));
        assertFalse(transactions.inTransaction(() -> uploads().claim(upload.id())), "a read upload cannot be claimed again");
        assertEquals(upload.completed(outcome), uploads().find(upload.id()).orElseThrow());
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            uploads().complete(upload.id(), outcome);
            return null;
        }), "an outcome is only stored for an upload claimed in the same transaction");
    }

    @Test
    void aClaimRolledBackLeavesTheUploadPending() {
        Upload upload = uploads().addIfAbsent(pendingUpload("c", Instant.parse("2026-03-02T10:00:00Z")));
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            uploads().claim(upload.id());
            throw new IllegalStateException("recording failed");
        }));
        assertEquals(UploadState.PENDING, uploads().find(upload.id()).orElseThrow().state());
        assertEquals(List.of(upload), uploads().pendingBefore(UploadKind.RETURNS, Instant.parse("2026-03-03T00:00:00Z")));
        assertEquals(List.of(), uploads().pendingBefore(UploadKind.RETURNS, upload.requestedAt()), "strictly before");
        assertEquals(List.of(), uploads().pendingBefore(UploadKind.RISK_REGISTER, Instant.parse("2026-03-03T00:00:00Z")));
    }

    @Test
    void theAuditLogKeepsEveryEntryInOrderAndCutsOverlongTextRatherThanFail() {
        org.sendpmo.audit.AuditLog log = context.getBean(org.sendpmo.audit.AuditLog.class);
        Instant t = Instant.parse("2031-05-01T09:00:00Z");
        log.record(new org.sendpmo.audit.AuditEntry(t, "office1", org.sendpmo.audit.AuditAction.BUILD_REQUESTED,
                "stsb-2031-05", "20310501T090000000Z", null));
        log.record(new org.sendpmo.audit.AuditEntry(t.plusSeconds(60), "lead1", org.sendpmo.audit.AuditAction.RETURN_SUBMITTED,
                "P01", "returns/2031-04/P01/abc.json", "x".repeat(5000)));

        List<org.sendpmo.audit.AuditEntry> entries = log.between(t, t.plusSeconds(3600), 10);
        assertEquals(List.of("lead1", "office1"), entries.stream().map(org.sendpmo.audit.AuditEntry::actor).toList(), "newest first");
        assertEquals(1000, entries.get(0).detail().length());
        assertTrue(entries.get(0).detail().endsWith("…"));
        assertEquals("20310501T090000000Z", entries.get(1).reference());
        assertEquals(1, log.between(t, t.plusSeconds(60), 10).size(), "the upper bound is exclusive");
        assertEquals(1, log.between(t, t.plusSeconds(3600), 1).size(), "the limit holds");
    }

    @Test
    void anAuditEntryRecordedInsideAFailedChangeIsRolledBackWithIt() {
        org.sendpmo.audit.AuditLog log = context.getBean(org.sendpmo.audit.AuditLog.class);
        Instant t = Instant.parse("2032-01-01T00:00:00Z");
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            log.record(new org.sendpmo.audit.AuditEntry(t, "office1", org.sendpmo.audit.AuditAction.CYCLE_CREATED, "c", null, null));
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(List.of(), log.between(t, t.plusSeconds(1), 10));
    }

    // ---- the project lead's drafts and reminders

    @Test
    void aDraftIsOnePerPersonProjectAndMonthKeptAsTypedAndRemovable() {
        org.sendpmo.lead.SavedDrafts drafts = context.getBean(org.sendpmo.lead.SavedDrafts.class);
        java.time.YearMonth month = java.time.YearMonth.of(2026, 3);
        Instant t = Instant.parse("2026-04-02T10:15:30.123456Z");
        drafts.save(new org.sendpmo.lead.SavedDraft("lead1", "P01", month, Map.of("progressCommentary", "first \"go\"\nline two",
                "scores.c01", "9"), t));
        drafts.save(new org.sendpmo.lead.SavedDraft("lead1", "P01", month, Map.of("progressCommentary", "second go"), t.plusSeconds(60)));
        drafts.save(new org.sendpmo.lead.SavedDraft("lead2", "P01", month, Map.of("progressCommentary", "someone else's"), t));
        drafts.save(new org.sendpmo.lead.SavedDraft("lead1", "P02", month, Map.of("progressCommentary", "£ and ü kept"), t));

        org.sendpmo.lead.SavedDraft mine = drafts.find("lead1", "P01", month).orElseThrow();
        assertEquals(Map.of("progressCommentary", "second go"), mine.fields(), "a later save replaces the draft whole");
        assertEquals(t.plusSeconds(60), mine.savedAt());
        assertEquals("£ and ü kept", drafts.find("lead1", "P02", month).orElseThrow().fields().get("progressCommentary"));
        assertEquals(List.of("P01", "P02"), drafts.forUser("lead1").stream().map(org.sendpmo.lead.SavedDraft::projectId).toList(),
                "latest saved first");
        assertTrue(drafts.delete("lead1", "P01", month));
        assertFalse(drafts.delete("lead1", "P01", month), "nothing left to delete");
        assertTrue(drafts.find("lead2", "P01", month).isPresent(), "another person's draft stays");
    }

    @Test
    void aReminderIsRecordedOncePerLeadProjectAndCycle() {
        cycles.save(new BoardCycle("remind-2031-05", Board.STSB, "Board", LocalDate.of(2031, 5, 20), YearMonth.of(2031, 4), LocalDate.of(2031, 5, 13)));
        org.sendpmo.lead.ReminderLog log = context.getBean(org.sendpmo.lead.ReminderLog.class);
        Instant t = Instant.parse("2031-05-01T09:00:00Z");
        assertFalse(log.sent("remind-2031-05", "P01", "lead1"));
        log.record("remind-2031-05", "P01", "lead1", "lead1@example.org", t);
        assertTrue(log.sent("remind-2031-05", "P01", "lead1"));
        assertFalse(log.sent("remind-2031-05", "P01", "lead2"), "each lead on their own");
        assertThrows(RuntimeException.class, () -> log.record("remind-2031-05", "P01", "lead1", "lead1@example.org", t.plusSeconds(5)),
                "the table itself refuses a second reminder");
    }
}
