package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;

@Singleton
public class JdbcCycleRepository implements CycleRepository {

    private final CycleRows rows;
    private final JdbcStorage storage;

    public JdbcCycleRepository(CycleRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public Optional<BoardCycle> find(String id) {
        return storage.read(() -> rows.findById(id).map(JdbcCycleRepository::toCycle));
    }

    @Override
    public List<BoardCycle> all() {
        return storage.read(() -> rows.listLatestFirst().stream().map(JdbcCycleRepository::toCycle).toList());
    }

    /** Inserts or replaces the cycle. */
    @Override
    public void save(BoardCycle cycle) {
        CycleRow row = new CycleRow(cycle.id(), cycle.board(), cycle.meetingDate(), cycle.reportingMonth().toString(),
                cycle.cutOff(), cycle.returnsDue());
        storage.write(() -> rows.existsById(row.id()) ? rows.update(row) : rows.save(row));
    }

    private static BoardCycle toCycle(CycleRow row) {
        return new BoardCycle(row.id(), row.board(), row.meetingDate(), YearMonth.parse(row.reportingMonth().trim()),
                row.cutOff(), row.returnsDue());
    }
}
