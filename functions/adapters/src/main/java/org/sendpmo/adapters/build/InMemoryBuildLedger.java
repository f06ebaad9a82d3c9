package org.sendpmo.adapters.build;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.pack.BuildLedger;
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
    public synchronized PackBuild queue(String cycleId, Instant requestedAt) {
        Instant at = requestedAt;
        while (builds.containsKey(ID.format(at))) {
            at = at.plusMillis(1);
        }
        PackBuild build = new PackBuild(ID.format(at), cycleId, BuildStatus.QUEUED, requestedAt, null, 0, null);
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
        builds.put(buildId, new PackBuild(b.id(), b.cycleId(), status, b.requestedAt(), finishedAt, pages, message));
    }
}
