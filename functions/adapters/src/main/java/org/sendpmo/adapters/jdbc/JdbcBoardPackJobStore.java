package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.sendpmo.pack.BoardPackJob;
import org.sendpmo.pack.BoardPackJobStore;

/** Each build's PDF board pack job in {@code board_pack_job}, one row a build, replaced as the job moves on. */
@Singleton
public class JdbcBoardPackJobStore implements BoardPackJobStore {

    private final BoardPackJobRows rows;
    private final JdbcStorage storage;

    public JdbcBoardPackJobStore(BoardPackJobRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public Optional<BoardPackJob> find(String buildId) {
        return storage.read(() -> rows.findById(buildId).map(r -> new BoardPackJob(r.cycleId(), r.buildId(),
                BoardPackJob.Status.valueOf(r.status()), r.requestedBy(), r.requestedAt(), r.finishedAt(), r.message())));
    }

    @Override
    public void save(BoardPackJob job) {
        BoardPackJobRow row = new BoardPackJobRow(job.buildId(), job.cycleId(), job.status().name(), job.requestedBy(),
                micros(job.requestedAt()), job.finishedAt() == null ? null : micros(job.finishedAt()), job.message());
        storage.write(() -> rows.existsById(job.buildId()) ? rows.update(row) : rows.save(row));
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
