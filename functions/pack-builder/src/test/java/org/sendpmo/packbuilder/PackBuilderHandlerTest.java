package org.sendpmo.packbuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.render.FreemarkerPackRenderer;
import org.sendpmo.adapters.render.JsoupLinkChecker;
import org.sendpmo.adapters.render.PackFixtures;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.scoring.PriorityScorer;

/**
 * The handler's logic against the real domain service, renderer and link checker. Storage is in memory
 * here (a fake, said so): the JDBC and S3 adapters and their wiring (DomainFactory) are tested where they
 * are written; a test of the handler through its application context needs that wiring.
 */
class PackBuilderHandlerTest {

    private final Map<String, PackBuild> builds = new HashMap<>();
    private final Map<String, RenderedSite> written = new HashMap<>();
    private final Map<String, String> current = new HashMap<>();
    private final PackBuildService service = service();

    @Test
    void buildsNowWhenOnlyTheCycleIsGiven() {
        BuildResponse response = PackBuilderHandler.handle(new BuildRequest(PackFixtures.CYCLE.id(), null), service);
        assertEquals("SUCCEEDED", response.status(), response.message());
        assertEquals(8, response.pages());
        assertEquals("8 pages, 4 projects ranked", response.message());
        assertEquals(response.buildId(), current.get(PackFixtures.CYCLE.id()));
        assertTrue(written.get(response.buildId()).files().containsKey("projects/P06.html"));
    }

    @Test
    void runsAQueuedBuild() {
        PackBuild queued = service.queue(PackFixtures.CYCLE.id()).orElseThrow();
        BuildResponse response = PackBuilderHandler.handle(new BuildRequest(PackFixtures.CYCLE.id(), queued.id()), service);
        assertEquals("SUCCEEDED", response.status(), response.message());
        assertEquals(queued.id(), response.buildId());
    }

    @Test
    void unknownCycleOrBuildAndEmptyRequestsAreAnsweredNotThrown() {
        assertEquals("NOT_FOUND", PackBuilderHandler.handle(new BuildRequest("no-such-cycle", null), service).status());
        assertEquals("NOT_FOUND", PackBuilderHandler.handle(new BuildRequest(null, "nope"), service).status());
        assertEquals("REJECTED", PackBuilderHandler.handle(new BuildRequest(" ", null), service).status());
        assertEquals("REJECTED", PackBuilderHandler.handle(null, service).status());
        assertTrue(builds.isEmpty(), "nothing queued");
    }

    private PackBuildService service() {
        Clock clock = Clock.fixed(PackFixtures.GENERATED_AT, ZoneOffset.UTC);
        ProjectDirectory projects = new ProjectDirectory() {
            public Optional<Project> find(String id) {
                return PackFixtures.projects().stream().filter(p -> p.id().equals(id)).findFirst();
            }

            public List<Project> all() {
                return PackFixtures.projects();
            }

            public void save(Project project) {
                throw new UnsupportedOperationException();
            }
        };
        CycleRepository cycles = new CycleRepository() {
            public Optional<BoardCycle> find(String id) {
                return PackFixtures.CYCLE.id().equals(id) ? Optional.of(PackFixtures.CYCLE) : Optional.empty();
            }

            public List<BoardCycle> all() {
                return List.of(PackFixtures.CYCLE);
            }

            public void save(BoardCycle cycle) {
                throw new UnsupportedOperationException();
            }
        };
        ReturnLedger returns = new ReturnLedger() {
            public Optional<RecordedReturn> findByRawKey(RawKey key) {
                return Optional.empty();
            }

            public RecordedReturn record(ProjectReturn ret, RawKey key, Instant receivedAt) {
                throw new UnsupportedOperationException();
            }

            public List<RecordedReturn> latestPerProject(YearMonth upToMonth, Instant receivedBefore) {
                return PackFixtures.returns().stream().filter(r -> r.receivedAt().isBefore(receivedBefore)).toList();
            }

            public List<RecordedReturn> history(String projectId) {
                return List.of();
            }

            public long count() {
                return PackFixtures.returns().size();
            }
        };
        BuildLedger ledger = new BuildLedger() {
            private int next = 1;

            public PackBuild queue(String cycleId, Instant requestedAt) {
                PackBuild b = new PackBuild("b" + next++, cycleId, BuildStatus.QUEUED, requestedAt, null, 0, null);
                builds.put(b.id(), b);
                return b;
            }

            public Optional<PackBuild> find(String buildId) {
                return Optional.ofNullable(builds.get(buildId));
            }

            public void markRunning(String id) {
                PackBuild b = builds.get(id);
                builds.put(id, new PackBuild(id, b.cycleId(), BuildStatus.RUNNING, b.requestedAt(), null, 0, null));
            }

            public void markSucceeded(String id, int pages, String message, Instant at) {
                PackBuild b = builds.get(id);
                builds.put(id, new PackBuild(id, b.cycleId(), BuildStatus.SUCCEEDED, b.requestedAt(), at, pages, message));
            }

            public void markFailed(String id, String message, Instant at) {
                PackBuild b = builds.get(id);
                builds.put(id, new PackBuild(id, b.cycleId(), BuildStatus.FAILED, b.requestedAt(), at, 0, message));
            }

            public List<PackBuild> forCycle(String cycleId) {
                return builds.values().stream().filter(b -> b.cycleId().equals(cycleId))
                        .sorted(Comparator.comparing(PackBuild::id).reversed()).toList();
            }

            public List<PackBuild> currentBuilds() {
                return new ArrayList<>(builds.values().stream().filter(b -> b.status() == BuildStatus.SUCCEEDED).toList());
            }
        };
        PackPublisher publisher = new PackPublisher() {
            public void writeBuild(String cycleId, String buildId, RenderedSite site) {
                written.put(buildId, site);
            }

            public void makeCurrent(String cycleId, String buildId, byte[] redirect, byte[] index) {
                current.put(cycleId, buildId);
            }
        };
        return new PackBuildService(projects, cycles, returns,
                new PackAssembler(new PriorityScorer(PackFixtures.methodology()), PackFixtures.SITE),
                new FreemarkerPackRenderer(), new JsoupLinkChecker(), publisher, ledger, clock);
    }
}
