package org.sendpmo.adapters.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStage;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.pack.Promotion;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;

/**
 * A build ledger held in memory, for one-off offline builds ({@code --out DIR}): such a build is
 * written to a folder, not to the site bucket, so it must not appear in the database's build history
 * (where it would be taken for a published pack). Not a bean.
 */
public final class InMemoryBuildLedger implements BuildLedger {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Map<String, PackBuild> builds = new LinkedHashMap<>();

    @Override
    public synchronized PackBuild queue(String cycleId, Instant requestedAt, String requestedBy, LocalDate scheduledOn) {
        Instant at = requestedAt;
        while (builds.containsKey(ID.format(at))) {
            at = at.plusMillis(1);
        }
        PackBuild build = new PackBuild(ID.format(at), cycleId, BuildStatus.QUEUED, requestedAt, null, 0, null, requestedBy,
                null, scheduledOn);
        builds.put(build.id(), build);
        return build;
    }

    @Override
    public synchronized Optional<PackBuild> find(String buildId) {
        return Optional.ofNullable(builds.get(buildId));
    }

    @Override
    public synchronized void markRunning(String buildId) {
        update(buildId, BuildStatus.RUNNING, null, 0, null);
    }

    @Override
    public synchronized void markStage(String buildId, BuildStage stage) {
        PackBuild b = builds.get(buildId);
        builds.put(buildId, new PackBuild(b.id(), b.cycleId(), b.status(), b.requestedAt(), b.finishedAt(), b.pages(),
                b.message(), b.requestedBy(), stage, b.scheduledOn()));
    }

    /** This ledger's lock is its monitor; an offline build is never final. */
    @Override
    public synchronized Promotion promote(String buildId, int pages, String summary, Instant finishedAt, Runnable movePointer) {
        String cycleId = builds.get(buildId).cycleId();
        String current = currentBuilds().stream().filter(b -> b.cycleId().equals(cycleId)).findFirst().map(PackBuild::id)
                .orElse(null);
        Promotion promotion = Promotion.decide(buildId, new CyclePublication(cycleId, current, null, List.of()));
        if (promotion instanceof Promotion.Promoted) {
            movePointer.run();
        }
        update(buildId, promotion.status(), finishedAt, promotion.status() == BuildStatus.SUCCEEDED ? pages : 0,
                promotion.message(summary));
        return promotion;
    }

    @Override
    public synchronized void markSucceeded(String buildId, int pages, String message, Instant finishedAt) {
        update(buildId, BuildStatus.SUCCEEDED, finishedAt, pages, message);
    }

    @Override
    public synchronized void markFailed(String buildId, String message, Instant finishedAt) {
        update(buildId, BuildStatus.FAILED, finishedAt, 0, message);
    }

    @Override
    public synchronized List<PackBuild> forCycle(String cycleId) {
        List<PackBuild> list = new ArrayList<>(builds.values().stream().filter(b -> b.cycleId().equals(cycleId)).toList());
        list.sort(Comparator.comparing(PackBuild::id).reversed());
        return list;
    }

    @Override
    public synchronized List<PackBuild> currentBuilds() {
        Map<String, PackBuild> latest = new LinkedHashMap<>();
        builds.values().stream().filter(b -> b.status() == BuildStatus.SUCCEEDED)
                .sorted(Comparator.comparing(PackBuild::id))
                .forEach(b -> latest.put(b.cycleId(), b));
        return List.copyOf(latest.values());
    }

    private void update(String buildId, BuildStatus status, Instant finishedAt, int pages, String message) {
        PackBuild b = builds.get(buildId);
        builds.put(buildId, new PackBuild(b.id(), b.cycleId(), status, b.requestedAt(), finishedAt, pages, message,
                b.requestedBy(), b.stage(), b.scheduledOn()));
    }
}
