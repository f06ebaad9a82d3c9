package org.sendpmo.adapters.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.board.ProjectStanding;
import org.sendpmo.board.StandingsArchive;

/**
 * Standings held in memory, for one-off offline builds ({@code --out DIR}) alongside
 * {@link InMemoryBuildLedger}: such a build is not a published pack, so the database keeps nothing of it.
 * Not a bean.
 */
public final class InMemoryStandingsArchive implements StandingsArchive {

    private final Map<String, List<ProjectStanding>> byBuild = new HashMap<>();

    @Override
    public synchronized void save(String buildId, List<ProjectStanding> standings) {
        byBuild.put(buildId, List.copyOf(standings));
    }

    @Override
    public synchronized List<ProjectStanding> forBuild(String buildId) {
        return byBuild.getOrDefault(buildId, List.of());
    }
}
