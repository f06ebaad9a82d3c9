package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.pack.PackFinality;

/**
 * Final packs in {@code cycle_final} (a row while final) and their reopenings in {@code cycle_reopening}. The
 * cycle's lock is its {@code board_cycle} row, taken with SELECT … FOR UPDATE: PostgreSQL and H2 both hold it
 * to the end of the transaction and make a second taker wait.
 */
@Singleton
public class JdbcPackFinality implements PackFinality {

    private final CycleRows cycles;
    private final BuildRows builds;
    private final FinalRows finals;
    private final ReopeningRows reopenings;
    private final JdbcStorage storage;

    public JdbcPackFinality(CycleRows cycles, BuildRows builds, FinalRows finals, ReopeningRows reopenings, JdbcStorage storage) {
        this.cycles = cycles;
        this.builds = builds;
        this.finals = finals;
        this.reopenings = reopenings;
        this.storage = storage;
    }

    @Override
    public Optional<CyclePublication> lock(String cycleId) {
        return storage.write(() -> cycles.lockById(cycleId).isEmpty() ? Optional.empty() : Optional.of(state(cycleId)));
    }

    @Override
    public Optional<CyclePublication> read(String cycleId) {
        return storage.read(() -> cycles.existsById(cycleId) ? Optional.of(state(cycleId)) : Optional.empty());
    }

    @Override
    public void markFinal(String cycleId, CyclePublication.FinalMark mark) {
        storage.write(() -> finals.save(new FinalRow(cycleId, mark.buildId(), mark.by(), micros(mark.at()))));
    }

    @Override
    public void reopen(String cycleId, String by, Instant at, String reason) {
        storage.write(() -> {
            FinalRow f = finals.findById(cycleId).orElseThrow(() -> new IllegalStateException(cycleId + " is not final"));
            reopenings.save(new ReopeningRow(null, cycleId, f.buildId(), f.markedBy(), f.markedAt(), by, micros(at), reason));
            finals.deleteById(cycleId);
            return null;
        });
    }

    private CyclePublication state(String cycleId) {
        String current = builds.latestSucceeded(cycleId).stream().findFirst().map(BuildRow::id).orElse(null);
        CyclePublication.FinalMark mark = finals.findById(cycleId)
                .map(f -> new CyclePublication.FinalMark(f.buildId(), f.markedBy(), f.markedAt())).orElse(null);
        List<CyclePublication.Reopening> history = reopenings.forCycle(cycleId).stream()
                .map(r -> new CyclePublication.Reopening(r.buildId(), r.finalBy(), r.finalAt(), r.reopenedBy(), r.reopenedAt(),
                        r.reason()))
                .toList();
        return new CyclePublication(cycleId, current, mark, history);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
