package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStage;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.pack.PackFinality;
import org.sendpmo.pack.Promotion;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;

/**
 * Pack builds in {@code pack_build}. Status moves QUEUED → RUNNING → SUCCEEDED or FAILED, checked in
 * the UPDATE itself. RUNNING may be entered again (an asynchronous invocation that is redelivered after
 * a crash); SUCCEEDED and FAILED are final, so a finished build is never overwritten. A build that wrote
 * every file ends through {@link #promote}, under its cycle's lock ({@link JdbcPackFinality}).
 */
@Singleton
public class JdbcBuildLedger implements BuildLedger {

    /** Build ids: the request instant in UTC to the millisecond, so they sort as they were requested. */
    static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final BuildRows rows;
    private final CycleRows cycles;
    private final JdbcStorage storage;
    private final PackFinality finality;

    public JdbcBuildLedger(BuildRows rows, CycleRows cycles, JdbcStorage storage, PackFinality finality) {
        this.rows = rows;
        this.cycles = cycles;
        this.storage = storage;
        this.finality = finality;
    }

    /**
     * @throws IllegalArgumentException when there is no such cycle
     */
    @Override
    public PackBuild queue(String cycleId, Instant requestedAt, String requestedBy, LocalDate scheduledOn) {
        Instant at = requestedAt.truncatedTo(ChronoUnit.MICROS);
        return storage.write(() -> {
            if (!cycles.existsById(cycleId)) {
                throw new IllegalArgumentException("no cycle " + cycleId);
            }
            // Two requests in the same millisecond: the later takes the next free millisecond.
            Instant idTime = at.truncatedTo(ChronoUnit.MILLIS);
            while (rows.existsById(ID.format(idTime))) {
                idTime = idTime.plusMillis(1);
            }
            BuildRow row = rows.save(new BuildRow(ID.format(idTime), cycleId, BuildStatus.QUEUED.name(), at, null, 0,
                    null, requestedBy, null, scheduledOn));
            return toBuild(row);
        });
    }

    @Override
    public Optional<PackBuild> find(String buildId) {
        return storage.read(() -> rows.findById(buildId).map(JdbcBuildLedger::toBuild));
    }

    @Override
    public void markRunning(String buildId) {
        move(buildId, BuildStatus.QUEUED, BuildStatus.RUNNING, BuildStatus.RUNNING, null, 0, null);
    }

    @Override
    public void markStage(String buildId, BuildStage stage) {
        storage.write(() -> rows.updateStage(buildId, stage.name()));
    }

    @Override
    public Promotion promote(String buildId, int pages, String summary, Instant finishedAt, Runnable movePointer) {
        return storage.write(() -> {
            BuildRow row = rows.findById(buildId).orElseThrow(() -> new IllegalArgumentException("no build " + buildId));
            CyclePublication state = finality.lock(row.cycleId())
                    .orElseThrow(() -> new IllegalStateException("cycle " + row.cycleId() + " no longer exists"));
            Promotion promotion = Promotion.decide(buildId, state);
            if (promotion instanceof Promotion.Promoted) {
                movePointer.run();
            }
            boolean succeeded = promotion.status() == BuildStatus.SUCCEEDED;
            move(buildId, BuildStatus.RUNNING, BuildStatus.RUNNING, promotion.status(), finishedAt.truncatedTo(ChronoUnit.MICROS),
                    succeeded ? pages : 0, promotion.message(summary));
            return promotion;
        });
    }

    @Override
    public void markSucceeded(String buildId, int pages, String message, Instant finishedAt) {
        move(buildId, BuildStatus.RUNNING, BuildStatus.RUNNING, BuildStatus.SUCCEEDED,
                finishedAt.truncatedTo(ChronoUnit.MICROS), pages, message);
    }

    @Override
    public void markFailed(String buildId, String message, Instant finishedAt) {
        move(buildId, BuildStatus.QUEUED, BuildStatus.RUNNING, BuildStatus.FAILED,
                finishedAt.truncatedTo(ChronoUnit.MICROS), 0, message);
    }

    @Override
    public List<PackBuild> forCycle(String cycleId) {
        return storage.read(() -> rows.forCycle(cycleId).stream().map(JdbcBuildLedger::toBuild).toList());
    }

    @Override
    public List<PackBuild> currentBuilds() {
        return storage.read(() -> rows.currentBuilds().stream().map(JdbcBuildLedger::toBuild).toList());
    }

    private void move(String buildId, BuildStatus fromA, BuildStatus fromB, BuildStatus to, Instant finishedAt, int pages,
                      String message) {
        storage.write(() -> {
            if (rows.transition(buildId, fromA.name(), fromB.name(), to.name(), finishedAt, pages, message) == 1) {
                return null;
            }
            BuildRow row = rows.findById(buildId).orElseThrow(() -> new IllegalArgumentException("no build " + buildId));
            throw new IllegalStateException("build " + buildId + " is " + row.status() + " and cannot become " + to);
        });
    }

    private static PackBuild toBuild(BuildRow row) {
        return new PackBuild(row.id(), row.cycleId(), BuildStatus.valueOf(row.status()), row.requestedAt(),
                row.finishedAt(), row.pages(), row.message(), row.requestedBy(),
                row.stage() == null ? null : BuildStage.valueOf(row.stage().trim()), row.scheduledOn());
    }
}
