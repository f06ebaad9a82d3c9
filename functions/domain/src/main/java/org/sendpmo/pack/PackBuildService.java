package org.sendpmo.pack;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.sendpmo.board.ProjectStanding;
import org.sendpmo.board.StandingsArchive;
import org.sendpmo.confidence.AssessedConfidenceStore;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.BoardNames;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskRegister;

/**
 * Builds and publishes a cycle's pack: assemble, render the pages, check every internal link, record
 * the build in a manifest (inputs, versions, each file's SHA-256), write the build under its own folder
 * (copying the files the current build already holds rather than uploading them again), and only then
 * move the cycle's pointer: under the cycle's lock, forward only, and never for a pack marked final
 * ({@link BuildLedger#promote}). Each step is recorded on the build as its {@link BuildStage}. The PDF board
 * pack is not made here but at sign-off ({@link BoardPackSignOff}).
 */
public final class PackBuildService {

    private final ProjectDirectory projects;
    private final CycleRepository cycles;
    private final ReturnLedger returns;
    private final PackAssembler assembler;
    private final PackRenderer renderer;
    private final LinkChecker linkChecker;
    private final PackPublisher publisher;
    private final BuildLedger builds;
    private final StandingsArchive standings;
    private final RiskRegister register;
    private final KpiStore kpis;
    private final AssessedConfidenceStore assessments;
    private final Clock clock;
    private final String productVersion;
    private Runnable beforeEachBuild = () -> { };
    /** How a build names the boards: read once as it starts, and used for every cycle the build shows. */
    private Supplier<UnaryOperator<BoardCycle>> boardNaming = UnaryOperator::identity;

    public PackBuildService(ProjectDirectory projects, CycleRepository cycles, ReturnLedger returns, PackAssembler assembler,
                            PackRenderer renderer, LinkChecker linkChecker,
                            PackPublisher publisher, BuildLedger builds, StandingsArchive standings, RiskRegister register, KpiStore kpis,
                            AssessedConfidenceStore assessments, Clock clock, String productVersion) {
        this.projects = projects;
        this.cycles = cycles;
        this.returns = returns;
        this.assembler = assembler;
        this.renderer = renderer;
        this.linkChecker = linkChecker;
        this.publisher = publisher;
        this.builds = builds;
        this.standings = standings;
        this.register = register;
        this.kpis = kpis;
        this.assessments = assessments;
        this.clock = clock;
        this.productVersion = java.util.Objects.requireNonNull(productVersion, "productVersion");
    }

    /**
     * Work done as each build starts, before anything is read: the wiring pins the reference lists the build uses.
     */
    public PackBuildService beforeEachBuild(Runnable work) {
        this.beforeEachBuild = java.util.Objects.requireNonNull(work);
        return this;
    }

    /**
     * The boards' names a build shows (the programme office's list, pinned by the wiring as the build starts): read once
     * per build, so the pack pages, the cycle's redirect page and the index of all cycles name each board alike.
     */
    public PackBuildService namingBoards(Supplier<BoardNames> names) {
        java.util.Objects.requireNonNull(names);
        this.boardNaming = () -> names.get()::name;
        return this;
    }

    /** Queues a build; empty when there is no such cycle. */
    public Optional<PackBuild> queue(String cycleId) {
        return cycles.find(cycleId).map(c -> builds.queue(c.id(), clock.instant()));
    }

    /** Runs a queued build to the end; a failure is recorded on the build, never thrown. */
    public PackBuild run(String buildId) {
        PackBuild build = builds.find(buildId).orElseThrow(() -> new IllegalArgumentException("no build " + buildId));
        builds.markRunning(buildId);
        try {
            builds.markStage(buildId, BuildStage.READING);
            beforeEachBuild.run();
            UnaryOperator<BoardCycle> naming = boardNaming.get();
            BoardCycle cycle = cycles.find(build.cycleId()).map(naming)
                    .orElseThrow(() -> new IllegalStateException("cycle " + build.cycleId() + " no longer exists"));
            // A closed project leaves the roll-ups from the reporting month after it closed (Project#activeIn);
            // its returns stay stored, so a rebuild of an earlier cycle still shows it.
            List<Project> all = projects.all().stream().filter(p -> p.activeIn(cycle.reportingMonth())).toList();
            Set<String> active = all.stream().map(Project::id).collect(Collectors.toSet());
            List<KpiStore.RecordedValue> kpiValues = kpis.latest(cycle.reportingMonth(), cycle.receivedBefore());
            Instant builtAt = clock.instant();
            List<RecordedReturn> inForce = ofActive(returns.latestPerProject(cycle.reportingMonth(), cycle.receivedBefore()), active);
            PackAssembler.Inputs inputs = new PackAssembler.Inputs(cycle, buildId, builtAt, all, inForce,
                    ReturnWindow.read(returns, cycle, inForce, active::contains),
                    register.asAt(cycle.cutOff()), kpiReported(cycle, kpiValues), assessments.forCycle(cycle.id()),
                    previous(cycle, all, naming, kpiValues), kpis.definitions(), kpiValues);
            builds.markStage(buildId, BuildStage.SCORING);
            PackModel model = assembler.assemble(inputs);
            builds.markStage(buildId, BuildStage.RENDERING);
            // Closed once published: a renderer may keep the files on disk rather than in the heap.
            try (RenderedSite site = renderer.renderBuild(model)) {
                builds.markStage(buildId, BuildStage.CHECKING);
                List<String> broken = linkChecker.brokenLinks(site);
                if (!broken.isEmpty()) {
                    builds.markFailed(buildId, "Broken internal links: " + String.join("; ", broken), clock.instant());
                    return builds.find(buildId).orElseThrow();
                }
                BuildManifest manifest = BuildManifest.of(buildId, cycle.id(), builtAt, productVersion,
                        model.methodology().version(), InputDigests.of(inputs, model.site(), model.methodology()), site);
                // Kept before publishing: rows of a build that then fails are never read (only current builds are).
                standings.save(buildId, model.standings());
                builds.markStage(buildId, BuildStage.PUBLISHING);
                PublishReport written = publisher.writeBuild(cycle.id(), buildId, site,
                        PublishPlan.against(publisher.currentManifest(cycle.id()), manifest));
                // The index of all cycles is made inside the move, under the cycle's lock, from the builds current then.
                builds.promote(buildId, (int) site.pageCount(), site.pageCount() + " pages, " + model.ranked().size()
                        + " projects ranked; " + written.summary(), clock.instant(),
                        () -> movePointer(cycle, buildId, naming));
            }
        } catch (RuntimeException e) {
            builds.markFailed(buildId, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        } catch (Error e) {
            // Record it so the build is not left RUNNING for ever, then let the JVM deal with the error.
            builds.markFailed(buildId, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            throw e;
        }
        return builds.find(buildId).orElseThrow();
    }

    private void movePointer(BoardCycle cycle, String buildId, UnaryOperator<BoardCycle> naming) {
        CyclesIndexModel index = cyclesIndex(cycle, buildId, naming);
        CyclesIndexModel.Entry entry = index.cycles().stream().filter(e -> e.cycleId().equals(cycle.id()))
                .findFirst().orElseThrow();
        publisher.makeCurrent(cycle.id(), buildId, renderer.renderCycleRedirect(entry), renderer.renderCyclesIndex(index));
    }

    /** Queues and runs in this thread (the pack-builder function, the local CLI, tests). */
    public Optional<PackBuild> buildNow(String cycleId) {
        return queue(cycleId).map(b -> run(b.id()));
    }

    private static List<RecordedReturn> ofActive(List<RecordedReturn> returns, Set<String> active) {
        return returns.stream().filter(r -> active.contains(r.content().projectId())).toList();
    }

    /** Projects with a value of one of their own KPIs for the cycle's reporting month, received by the cut-off. */
    private static Set<String> kpiReported(BoardCycle cycle, List<KpiStore.RecordedValue> values) {
        return values.stream()
                .filter(v -> !v.programmeLevel() && v.observation().month().equals(cycle.reportingMonth()))
                .map(KpiStore.RecordedValue::projectId)
                .collect(Collectors.toSet());
    }

    /**
     * The same board's latest cycle meeting before this one (found by the board's code, so a renamed board is still
     * the same board), with what its current pack showed; when it has no pack yet, its standings are worked out from
     * the returns in force at its cut-off.
     */
    private PackAssembler.PreviousCycle previous(BoardCycle cycle, List<Project> all, UnaryOperator<BoardCycle> naming,
                                                 List<KpiStore.RecordedValue> kpiValues) {
        return cycles.all().stream()
                .filter(c -> c.boardCode() == cycle.boardCode() && c.meetingDate().isBefore(cycle.meetingDate()))
                .max(Comparator.comparing(BoardCycle::meetingDate))
                .map(naming)
                .map(c -> new PackAssembler.PreviousCycle(c, shown(c, all), register.asAt(c.cutOff()),
                        replacedSince(c, cycle, kpiValues)))
                .orElse(null);
    }

    /**
     * For each value revised since the previous cut-off, the version the board is shown it replaced: the one in force
     * at that cut-off, or where there was none yet, the version before. One look-up per revision, along the values'
     * unique key: revisions are few, and reading every value as it stood then would double the KPI reading.
     */
    private List<KpiStore.RecordedValue> replacedSince(BoardCycle previous, BoardCycle cycle, List<KpiStore.RecordedValue> kpiValues) {
        List<KpiStore.RecordedValue> replaced = new ArrayList<>();
        for (KpiStore.RecordedValue v : KpiRevisions.revisedSince(previous.receivedBefore(), kpiValues)) {
            String kpi = v.observation().kpiId();
            YearMonth month = v.observation().month();
            int version = v.observation().version();
            kpis.earlier(kpi, v.projectId(), month, version, previous.receivedBefore())
                    .or(() -> kpis.earlier(kpi, v.projectId(), month, version, cycle.receivedBefore()))
                    .ifPresent(replaced::add);
        }
        return replaced;
    }

    private List<ProjectStanding> shown(BoardCycle cycle, List<Project> all) {
        List<ProjectStanding> kept = builds.currentBuilds().stream().filter(b -> b.cycleId().equals(cycle.id()))
                .findFirst().map(b -> standings.forBuild(b.id())).orElse(List.of());
        return kept.isEmpty()
                ? assembler.standings(all, returns.latestPerProject(cycle.reportingMonth(), cycle.receivedBefore()))
                : kept;
    }

    private CyclesIndexModel cyclesIndex(BoardCycle building, String buildId, UnaryOperator<BoardCycle> naming) {
        List<CyclesIndexModel.Entry> entries = new ArrayList<>();
        entries.add(entry(building, buildId));
        for (PackBuild current : builds.currentBuilds()) {
            if (!current.cycleId().equals(building.id())) {
                cycles.find(current.cycleId()).map(naming).ifPresent(c -> entries.add(entry(c, current.id())));
            }
        }
        entries.sort(Comparator.comparing(CyclesIndexModel.Entry::meetingDate).reversed()
                .thenComparing(CyclesIndexModel.Entry::cycleId));
        return new CyclesIndexModel(assembler.site(), clock.instant(), entries);
    }

    private static CyclesIndexModel.Entry entry(BoardCycle cycle, String buildId) {
        return new CyclesIndexModel.Entry(cycle.id(), cycle.board(), cycle.meetingDate(), cycle.reportingMonth(), buildId,
                "cycles/" + cycle.id() + "/" + buildId + "/index.html");
    }
}
