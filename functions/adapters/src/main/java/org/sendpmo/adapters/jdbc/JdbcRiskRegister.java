package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRegister;

/**
 * {@link RiskRegister} in {@code risk_entry_version}, one row per version with the entry as JSON.
 *
 * <p>Why JSON rather than child tables for controls, actions, KRIs and linked projects and areas: a version
 * is immutable and is only ever read or written whole, with its entry; nothing queries an action or a KRI on
 * its own (the pack works them out in the domain from the register as at the cut-off). One row per version
 * keeps recording a version a single insert and the as-at query a single select, and the JSON is written
 * field by field by {@link RiskEntryJson}, so it does not drift with the records' shape. Should a query ever
 * need, say, entries by linked project, a child table can be filled from the JSON in a later migration.
 */
@Singleton
public class JdbcRiskRegister implements RiskRegister {

    private final RiskEntryRows rows;
    private final RiskEntryJson json;
    private final JdbcStorage storage;

    public JdbcRiskRegister(RiskEntryRows rows, RiskEntryJson json, JdbcStorage storage) {
        this.rows = rows;
        this.json = json;
        this.storage = storage;
    }

    @Override
    public List<RecordedEntry> record(List<RiskEntry> entries, LocalDate recordedOn) {
        Set<String> ids = new HashSet<>();
        for (RiskEntry e : entries) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("register entry " + e.id() + " appears twice in one recording");
            }
        }
        return storage.write(() -> {
            Map<String, RiskEntryRow> latest = latest();
            List<RiskEntryRow> versions = new ArrayList<>();
            List<RecordedEntry> added = new ArrayList<>();
            for (RiskEntry entry : entries) {
                RiskEntryRow row = latest.get(entry.id());
                if (row != null) {
                    if (recordedOn.isBefore(row.recordedOn())) {
                        throw new IllegalArgumentException("register entry " + entry.id() + " already has version "
                                + row.version() + " recorded as at " + row.recordedOn() + ", after " + recordedOn);
                    }
                    if (json.decode(row.content()).equals(entry)) {
                        continue; // unchanged: not a new version
                    }
                }
                int version = row == null ? 1 : row.version() + 1;
                versions.add(new RiskEntryRow(null, entry.id(), version, recordedOn, entry.type().name(),
                        entry.status().name(), json.encode(entry)));
                added.add(new RecordedEntry(entry, version, recordedOn));
            }
            if (!versions.isEmpty()) {
                rows.saveAll(versions); // one batch of inserts, not a statement per entry
            }
            return added;
        });
    }

    /**
     * The latest version of every entry in the register, by id, in one query. An upload holds the whole
     * register, so this reads little it does not need; a query per entry made 10,000 round trips for a
     * 10,000-row upload, and IN lists of ids are compared one by one on H2.
     */
    private Map<String, RiskEntryRow> latest() {
        Map<String, RiskEntryRow> latest = new HashMap<>();
        for (RiskEntryRow row : rows.latestVersions()) {
            latest.put(row.entryId(), row);
        }
        return latest;
    }

    @Override
    public List<RiskEntry> asAt(LocalDate cutOff) {
        return storage.read(() -> rows.asAt(cutOff).stream().map(r -> json.decode(r.content())).toList());
    }

    @Override
    public List<RecordedEntry> history(String entryId) {
        return storage.read(() -> rows.history(entryId).stream()
                .map(r -> new RecordedEntry(json.decode(r.content()), r.version(), r.recordedOn())).toList());
    }
}
