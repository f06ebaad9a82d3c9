package org.sendpmo.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiObservation;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.storage.Transactions;

/** A return's KPI values become the project's KPI observations, in the transaction that records the return. */
class ReturnIntakeKpiTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-03T09:00:00Z");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** What happened, in order; "[tx]" marks work done inside a transaction. */
    private final List<String> journal = new ArrayList<>();
    private boolean inTransaction;

    private final Map<String, RecordedReturn> recorded = new HashMap<>();
    private final Map<String, ReturnArchive.StoredObject> objects = new HashMap<>();
    private final Map<String, ProjectReturn> decoded = new HashMap<>();

    private final ReturnCodec codec = new ReturnCodec() {
        @Override
        public byte[] encode(ProjectReturn ret) {
            String text = ret.toString();
            decoded.put(text, ret);
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public ProjectReturn decode(byte[] bytes) {
            return decoded.get(new String(bytes, StandardCharsets.UTF_8));
        }
    };

    private final ReturnArchive archive = new ReturnArchive() {
        @Override
        public boolean putIfAbsent(String key, byte[] bytes, String contentType, Instant receivedAt) {
            log("archive.put");
            return objects.putIfAbsent(key, new StoredObject(bytes, receivedAt)) == null;
        }

        @Override
        public Optional<StoredObject> get(String key) {
            return Optional.ofNullable(objects.get(key));
        }

        @Override
        public List<String> listKeys(String prefix) {
            return objects.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        }
    };

    private final ReturnLedger ledger = new ReturnLedger() {
        @Override
        public Optional<RecordedReturn> findByRawKey(RawKey key) {
            return Optional.ofNullable(recorded.get(key.value()));
        }

        @Override
        public RecordedReturn record(ProjectReturn ret, RawKey key, Instant receivedAt) {
            log("ledger.record");
            RecordedReturn r = new RecordedReturn(key, 1, receivedAt, ret);
            recorded.put(key.value(), r);
            return r;
        }

        @Override
        public List<RecordedReturn> latestPerProject(YearMonth upToMonth, Instant receivedBefore) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ReturnReceipt> receiptsBetween(YearMonth fromMonth, YearMonth upToMonth, Instant receivedBefore) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RecordedReturn> findAll(java.util.Collection<RawKey> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RecordedReturn> history(String projectId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return recorded.size();
        }
    };

    private final KpiStore kpis = new KpiStore() {
        @Override
        public void saveDefinitions(List<KpiDefinition> definitions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KpiDefinition> definitions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RecordedValue record(String kpiId, String projectId, YearMonth month, BigDecimal value, Instant receivedAt,
                                    String reason) {
            log("kpi " + kpiId + " " + projectId + " " + month + " " + value.toPlainString() + " at " + receivedAt);
            return new RecordedValue(new KpiObservation(kpiId, month, value, 1), projectId, receivedAt);
        }

        @Override
        public java.util.Optional<RecordedValue> latestOf(String kpiId, String projectId, YearMonth month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RecordedValue> latest(YearMonth upToMonth, Instant receivedBefore) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RecordedValue> revisedBetween(Instant since, Instant receivedBefore, YearMonth upToMonth) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<RecordedValue> earlier(String kpiId, String projectId, YearMonth month, int belowVersion,
                                                         Instant receivedBefore) {
            throw new UnsupportedOperationException();
        }
    };

    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            inTransaction = true;
            try {
                return work.get();
            } finally {
                inTransaction = false;
            }
        }
    };

    private final ProjectDirectory projects = new ProjectDirectory() {
        @Override
        public Optional<Project> find(String id) {
            return "P01".equals(id) ? Optional.of(new Project("P01", "Annual review backlog", 3, Set.of(), "Lead")) : Optional.empty();
        }

        @Override
        public List<Project> all() {
            return List.of();
        }

        @Override
        public void save(Project project) {
            throw new UnsupportedOperationException();
        }
    };

    /** The audit log as the journal sees it: an entry is a step like any other write. */
    private final org.sendpmo.audit.AuditLog audit = new org.sendpmo.audit.AuditLog() {
        @Override
        public void record(org.sendpmo.audit.AuditEntry entry) {
            log("audit " + entry.action() + " " + entry.subject());
        }

        @Override
        public java.util.List<org.sendpmo.audit.AuditEntry> between(java.time.Instant from, java.time.Instant to, int limit) {
            return java.util.List.of();
        }
    };

    private final ReturnIntake intake = new ReturnIntake(new ReturnValidator(projects, () -> Set.of("K21", "CK3")), codec,
            archive, ledger, transactions, kpis, audit);

    private void log(String event) {
        journal.add((inTransaction ? "[tx] " : "") + event);
    }

    private static ProjectReturn withKpis() {
        return Returns.complete(OCTOBER, "Pilot started").with(null, null, Set.of(),
                List.of(new KpiValue("K21", new BigDecimal("42.50")), new KpiValue("CK3", new BigDecimal("598"))));
    }

    @Test
    void aStoredReturnsKpiValuesAreRecordedInItsTransactionBeforeTheRawObjectIsWritten() {
        assertInstanceOf(SubmissionOutcome.Accepted.class, intake.store(withKpis(), RECEIVED));
        assertEquals(List.of("[tx] ledger.record",
                "[tx] kpi CK3 P01 2026-10 598 at 2026-11-03T09:00:00Z",
                "[tx] kpi K21 P01 2026-10 42.5 at 2026-11-03T09:00:00Z",
                "[tx] archive.put"), journal);

        journal.clear();
        assertInstanceOf(SubmissionOutcome.Duplicate.class, intake.store(withKpis(), RECEIVED.plusSeconds(60)));
        assertEquals(List.of(), journal, "a duplicate records nothing");
    }

    @Test
    void aReturnRecordedFromTheBucketRecordsItsKpiValuesWithTheObjectsReceivedTime() {
        ProjectReturn ret = withKpis();
        byte[] bytes = codec.encode(ret);
        String key = RawKey.forReturn(ret, bytes).value();
        objects.put(key, new ReturnArchive.StoredObject(bytes, RECEIVED));

        assertInstanceOf(ArchiveIngestOutcome.Recorded.class, intake.recordArchived(key));
        assertEquals(List.of("[tx] ledger.record",
                "[tx] kpi CK3 P01 2026-10 598 at 2026-11-03T09:00:00Z",
                "[tx] kpi K21 P01 2026-10 42.5 at 2026-11-03T09:00:00Z"), journal);
    }

    @Test
    void aReturnWithAnUnknownKpiIsNotStoredAndNothingIsRecorded() {
        ProjectReturn ret = Returns.complete(OCTOBER, "Pilot started").with(null, null, Set.of(),
                List.of(new KpiValue("K99", BigDecimal.ONE)));
        SubmissionOutcome.Rejected rejected = assertInstanceOf(SubmissionOutcome.Rejected.class, intake.store(ret, RECEIVED));
        assertEquals("kpiValues[0].kpiId", rejected.problems().get(0).field());
        assertEquals(List.of(), journal);
    }

    @Test
    void aReturnWithoutKpiValuesRecordsNoObservations() {
        assertInstanceOf(SubmissionOutcome.Accepted.class, intake.store(Returns.complete(OCTOBER, "No KPIs"), RECEIVED));
        assertEquals(List.of("[tx] ledger.record", "[tx] archive.put"), journal);
    }
}
