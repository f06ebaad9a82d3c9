package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.BoardNames;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.reference.ReferenceLists;

/**
 * Cycles name their board by its code; each cycle read carries the board's name as the programme office's list has
 * it now (a pack build names them again with the names pinned for the build).
 */
@Singleton
public class JdbcCycleRepository implements CycleRepository {

    private final CycleRows rows;
    private final JdbcStorage storage;
    private final ReferenceLists lists;

    public JdbcCycleRepository(CycleRows rows, JdbcStorage storage, ReferenceLists lists) {
        this.rows = rows;
        this.storage = storage;
        this.lists = lists;
    }

    @Override
    public Optional<BoardCycle> find(String id) {
        return storage.read(() -> {
            Optional<CycleRow> row = rows.findById(id);
            return row.isEmpty() ? Optional.empty() : Optional.of(toCycle(row.get(), lists.boardNames()));
        });
    }

    @Override
    public List<BoardCycle> all() {
        return storage.read(() -> {
            BoardNames names = lists.boardNames();
            return rows.listLatestFirst().stream().map(r -> toCycle(r, names)).toList();
        });
    }

    /** Inserts or replaces the cycle. */
    @Override
    public void save(BoardCycle cycle) {
        CycleRow row = new CycleRow(cycle.id(), cycle.boardCode().name(), cycle.board(), cycle.meetingDate(),
                cycle.reportingMonth().toString(), cycle.cutOff(), cycle.returnsDue());
        storage.write(() -> rows.existsById(row.id()) ? rows.update(row) : rows.save(row));
    }

    private static BoardCycle toCycle(CycleRow row, BoardNames names) {
        Board board = Board.valueOf(row.boardCode().trim());
        return new BoardCycle(row.id(), board, names.of(board), row.meetingDate(), YearMonth.parse(row.reportingMonth().trim()),
                row.cutOff(), row.returnsDue());
    }
}
