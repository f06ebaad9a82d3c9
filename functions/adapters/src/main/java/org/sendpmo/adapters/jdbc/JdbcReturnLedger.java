package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnReceipt;

/**
 * Returns in {@code project_return}, each stored as the codec's canonical JSON. Versions are numbered
 * per project and month; two concurrent records of the same project and month collide on the unique
 * (project, month, version) constraint, and the loser is told to retry.
 */
@Singleton
public class JdbcReturnLedger implements ReturnLedger {

    static final int KEYS_A_QUERY = 1_000;

    private final ReturnRows rows;
    private final ReturnCodec codec;
    private final JdbcStorage storage;

    public JdbcReturnLedger(ReturnRows rows, ReturnCodec codec, JdbcStorage storage) {
        this.rows = rows;
        this.codec = codec;
        this.storage = storage;
    }

    @Override
    public Optional<RecordedReturn> findByRawKey(RawKey key) {
        return storage.read(() -> rows.findByRawKey(key.value()).map(this::toRecorded));
    }

    /**
     * @throws IllegalArgumentException when the key names another project or month than the return
     * @throws IllegalStateException    when the key is already recorded (callers check {@link #findByRawKey} first)
     */
    @Override
    public RecordedReturn record(ProjectReturn ret, RawKey key, Instant receivedAt) {
        if (!key.projectId().equals(ret.projectId()) || !key.month().equals(ret.reportingMonth())) {
            throw new IllegalArgumentException("raw key " + key.value() + " does not name project " + ret.projectId()
                    + " and month " + ret.reportingMonth());
        }
        // Both engines keep microseconds; truncating here makes the returned value equal what is read back.
        Instant at = receivedAt.truncatedTo(ChronoUnit.MICROS);
        String month = ret.reportingMonth().toString();
        String content = new String(codec.encode(ret), StandardCharsets.UTF_8);
        return storage.write(() -> {
            rows.findByRawKey(key.value()).ifPresent(existing -> {
                throw new IllegalStateException("return " + key.reference() + " is already recorded as version "
                        + existing.version());
            });
            int version = rows.maxVersion(ret.projectId(), month) + 1;
            rows.save(new ReturnRow(null, key.value(), ret.projectId(), month, version, at, ret.overallRag().name(), content));
            return new RecordedReturn(key, version, at, ret);
        });
    }

    @Override
    public List<RecordedReturn> latestPerProject(YearMonth upToMonth, Instant receivedBefore) {
        return storage.read(() -> rows.latestPerProject(upToMonth.toString(), receivedBefore).stream()
                .map(this::toRecorded).toList());
    }

    @Override
    public List<ReturnReceipt> receiptsBetween(YearMonth fromMonth, YearMonth upToMonth, Instant receivedBefore) {
        return storage.read(() -> rows.receiptsBetween(fromMonth.toString(), upToMonth.toString(), receivedBefore).stream()
                .map(row -> new ReturnReceipt(new RawKey(row.rawKey()), row.projectId(), YearMonth.parse(row.reportingMonth()),
                        row.version(), row.receivedAt()))
                .toList());
    }

    /** In batches of {@value #KEYS_A_QUERY} keys, well inside any engine's limit on a statement's parameters. */
    @Override
    public List<RecordedReturn> findAll(Collection<RawKey> keys) {
        List<String> values = keys.stream().map(RawKey::value).distinct().toList();
        List<RecordedReturn> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += KEYS_A_QUERY) {
            List<String> batch = values.subList(from, Math.min(values.size(), from + KEYS_A_QUERY));
            storage.read(() -> rows.findByRawKeyIn(batch)).forEach(row -> found.add(toRecorded(row)));
        }
        return found;
    }

    @Override
    public List<RecordedReturn> history(String projectId) {
        return storage.read(() -> rows.history(projectId).stream().map(this::toRecorded).toList());
    }

    @Override
    public long count() {
        return storage.read(rows::count);
    }

    private RecordedReturn toRecorded(ReturnRow row) {
        return new RecordedReturn(new RawKey(row.rawKey()), row.version(), row.receivedAt(),
                codec.decode(row.content().getBytes(StandardCharsets.UTF_8)));
    }
}
