package org.sendpmo.local;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sendpmo.adapters.build.InMemoryBuildLedger;
import org.sendpmo.adapters.build.InMemoryStandingsArchive;
import org.sendpmo.adapters.pack.FolderPackPublisher;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.ingest.RebuildDatabase;
import org.sendpmo.uploads.UploadProcessor;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.local.demo.DemoLoader;
import org.sendpmo.pack.LinkChecker;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;

/** What the local run does besides serving: demo data, builds, offline packs and the database rebuild. */
@Singleton
public class LocalCommands {

    private final DemoLoader demo;
    private final CycleRepository cycles;
    private final PackBuildService builds;
    private final ReturnIntake intake;
    private final ProjectDirectory projects;
    private final ReturnLedger returns;
    private final PackAssembler assembler;
    private final PackRenderer renderer;
    private final org.sendpmo.pack.BoardPackRenderer boardPacks;
    private final LinkChecker linkChecker;
    private final org.sendpmo.risk.RiskRegister register;
    private final org.sendpmo.kpi.KpiStore kpis;
    private final org.sendpmo.confidence.AssessedConfidenceStore assessments;
    private final java.time.Clock clock;
    private final UploadProcessor uploads;

    public LocalCommands(DemoLoader demo, CycleRepository cycles, PackBuildService builds, ReturnIntake intake,
                         ProjectDirectory projects, ReturnLedger returns, PackAssembler assembler, PackRenderer renderer,
                         org.sendpmo.pack.BoardPackRenderer boardPacks,
                         LinkChecker linkChecker, org.sendpmo.risk.RiskRegister register, org.sendpmo.kpi.KpiStore kpis,
                         org.sendpmo.confidence.AssessedConfidenceStore assessments, java.time.Clock clock,
                         UploadProcessor uploads) {
        this.demo = demo;
        this.cycles = cycles;
        this.builds = builds;
        this.intake = intake;
        this.projects = projects;
        this.returns = returns;
        this.assembler = assembler;
        this.renderer = renderer;
        this.boardPacks = boardPacks;
        this.linkChecker = linkChecker;
        this.register = register;
        this.kpis = kpis;
        this.assessments = assessments;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** @return true when the demo programme was loaded now (the database was empty) */
    public boolean loadDemoIfEmpty() {
        if (!demo.needed()) {
            return false;
        }
        long t0 = System.nanoTime();
        DemoLoader.Loaded loaded = demo.load();
        System.out.printf("Loaded demo programme: %d projects, %d board cycles, %d returns (%.1f s)%n",
                loaded.projects(), loaded.cycles(), loaded.returns(), (System.nanoTime() - t0) / 1e9);
        return true;
    }

    public void buildAllPacks() {
        // Oldest first, so each pack's "changes since the previous cycle" compares with a published pack.
        List<BoardCycle> oldestFirst = new java.util.ArrayList<>(cycles.all());
        java.util.Collections.reverse(oldestFirst);
        for (BoardCycle cycle : oldestFirst) {
            long t0 = System.nanoTime();
            PackBuild build = builds.buildNow(cycle.id()).orElseThrow();
            System.out.printf("Built pack %s/%s: %s, %s (%.2f s)%n", cycle.id(), build.id(), build.status(),
                    build.message(), (System.nanoTime() - t0) / 1e9);
        }
    }

    public void rebuildDatabase() {
        if (demo.needed()) {
            demo.loadReferenceData();
            System.out.println("Loaded the demo programme's projects and board cycles (the bucket holds returns only)");
        }
        RebuildDatabase.run(intake, uploads, System.out);
    }

    /** Builds one cycle's pack into a folder with the same layout as the site bucket. */
    public void buildInto(Path folder, Optional<String> cycleId) {
        BoardCycle cycle = cycleId.map(id -> cycles.find(id).orElseThrow(
                        () -> new IllegalArgumentException("No board cycle '" + id + "'")))
                .orElseGet(this::latestCycleWithReturns);
        FolderPackPublisher publisher = new FolderPackPublisher(folder);
        PackBuildService offline = new PackBuildService(projects, cycles, returns, assembler, renderer, linkChecker,
                publisher, new InMemoryBuildLedger(), new InMemoryStandingsArchive(), register, kpis,
                assessments, clock, org.sendpmo.adapters.pack.ProductVersion.current());
        PackBuild build = offline.buildNow(cycle.id()).orElseThrow();
        System.out.println("Pack " + cycle.id() + " " + build.status() + ": " + build.message());
        if (build.status() == org.sendpmo.pack.BuildStatus.SUCCEEDED) {
            // Asked for by name: a pack built for reading offline or printing comes with its board pack.
            new org.sendpmo.pack.BoardPackSignOff(cycles, publisher, boardPacks, assembler.site()).make(cycle.id(), build.id());
            System.out.println("With its PDF board pack, " + org.sendpmo.pack.BoardPack.PATH);
        }
        System.out.println("Open " + folder.resolve("cycles").resolve(cycle.id()).resolve(build.id()).resolve("index.html").toUri());
    }

    private BoardCycle latestCycleWithReturns() {
        return cycles.all().stream()
                .filter(c -> !returns.latestPerProject(c.reportingMonth(), c.receivedBefore()).isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No board cycle has any returns yet"));
    }
}
