package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.util.List;
import org.sendpmo.reference.ReferenceEntry;
import org.sendpmo.reference.ReferenceList;
import org.sendpmo.reference.ReferenceStore;

@Singleton
public class JdbcReferenceStore implements ReferenceStore {

    private final ReferenceEntryRows rows;
    private final JdbcStorage storage;

    public JdbcReferenceStore(ReferenceEntryRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public List<ReferenceEntry> entries(ReferenceList list) {
        return storage.read(() -> rows.forList(list.slug()).stream()
                .map(r -> new ReferenceEntry(list, r.code(), r.entryValue(), r.changedBy(), r.changedAt())).toList());
    }

    @Override
    public void save(ReferenceEntry e) {
        ReferenceEntryRow row = new ReferenceEntryRow(id(e.list(), e.code()), e.list().slug(), e.code(), e.value(),
                e.changedBy(), e.changedAt());
        storage.write(() -> rows.existsById(row.id()) ? rows.update(row) : rows.save(row));
    }

    @Override
    public void clear(ReferenceList list, String code) {
        storage.write(() -> {
            rows.deleteById(id(list, code));
            return null;
        });
    }

    private static String id(ReferenceList list, String code) {
        return list.slug() + ":" + code;
    }
}
