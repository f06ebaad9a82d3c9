package org.sendpmo.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendpmo.adapters.pack.FolderPackPublisher;
import org.sendpmo.adapters.pack.ProductVersion;
import org.sendpmo.board.StandingsArchive;
import org.sendpmo.confidence.AssessedConfidenceStore;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.pack.BoardPackRenderer;
import org.sendpmo.pack.BoardPackSignOff;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.LinkChecker;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskRegister;

/**
 * Not a test (it is not named *Test, so surefire never runs it): one size of the pack benchmark, in a JVM of
 * its own, which {@code functions/bench/run.sh} starts once per size with {@code -Xmx1g}.
 *
 * <pre>java -Xmx1g -cp … org.sendpmo.bench.PackScaleBenchmark PROJECTS MONTHS RISKS WARM_BUILDS CACHE_DIR [--no-sign-off]</pre>
 *
 * It loads a programme of that size ({@link ScaleProgramme}) into H2 through the product's JDBC adapters (or
 * copies the database a previous run loaded from {@code CACHE_DIR}: see {@link ScaleData}), then times whole
 * builds through {@link PackBuildService#run} (database reads, scoring, the 10,000-sample rank stability,
 * every page and CSV, the link check, the manifest, publishing), with the real assembler, templates and link
 * checker; then the PDF board pack made at sign-off from the last build ({@link BoardPackSignOff}), which
 * builds no longer make. Publishing goes to a folder
 * ({@link FolderPackPublisher}, the {@code --out} publisher), which counts uploaded and copied bytes the way
 * the S3 publisher does; S3 round trips are not in these times.
 *
 * <ul>
 *   <li>cold: the JVM's first build; warm: the next builds, each into an empty folder, so each writes every
 *       file (a full build); the median is reported;</li>
 *   <li>incremental: one project's return resubmitted with its commentary reworded, then a build against the
 *       folder that holds the last full build: its time, and the bytes it wrote against the full build's;</li>
 *   <li>peak heap: the largest heap left after any collection from after the load to the end ({@link PeakHeap});</li>
 *   <li>Hugo: {@link HugoSite} from the last warm build's view model;</li>
 *   <li>sign-off: the PDF board pack of the last full build, its time, size and the heap after it (last, as
 *       it is the one step that may run out of memory).</li>
 * </ul>
 * The last line is CSV for the script: {@link #CSV_HEADER}.
 */
public final class PackScaleBenchmark {

    static final String CSV_HEADER = "projects,months,risks,html_pages,files,full_bytes,load_s,cold_s,warm_s,warm_min_s,"
            + "pages_per_s,ms_per_page,assemble_s,render_s,links_s,publish_s,incremental_s,incremental_bytes,"
            + "incremental_pct,peak_heap_mb,max_heap_mb,hugo_pages,hugo_s,hugo_ms_per_page,ratio_to_hugo,"
            + "signoff_pdf_s,signoff_pdf_bytes,signoff_peak_heap_mb,data_cached";

    /** Whether to make the PDF board pack at the end (off for the largest sizes: see run.sh). */
    private static boolean signOff = true;

    private PackScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int projects = Integer.parseInt(args[0]);
        int months = Integer.parseInt(args[1]);
        int risks = Integer.parseInt(args[2]);
        int warmBuilds = Integer.parseInt(args[3]);
        ScaleData data = new ScaleData(Path.of(args[4]), projects, months, risks);
        signOff = !(args.length > 5 && args[5].equals("--no-sign-off"));
        Path work = Files.createTempDirectory("pack-scale-");
        try {
            Path database = work.resolve("h2/scale" + projects);
            boolean cached = data.copyTo(database);
            double load = cached ? 0 : load(projects, months, risks, database);
            if (cached) {
                log("%,d projects, %d months, %d risks: the database an earlier run loaded, copied from %s",
                        projects, months, risks, data.file());
            } else {
                data.keep(database); // after the context has closed, so H2 has written the file whole
            }
            measure(projects, months, risks, warmBuilds, work, database, load, cached);
        } finally {
            HugoSite.deleteTree(work);
        }
    }

    /** Loads the programme through the product's adapters in a context of its own; @return seconds taken */
    private static double load(int projects, int months, int risks, Path database) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties(database)).start()) {
            ScaleProgramme programme = new ScaleProgramme(context, projects, months, risks);
            long t0 = System.nanoTime();
            int returns = programme.load();
            double load = seconds(t0);
            log("%,d projects, %d months (%,d returns, %.0f a second), %d risks loaded into H2 in %.1f s; cycle %s",
                    projects, months, returns, returns / load, risks, load, programme.cycle.id());
            return load;
        }
    }

    /** The builds, in a context of their own on the database just loaded and kept. */
    private static void measure(int projects, int months, int risks, int warmBuilds, Path work, Path database, double load,
                                boolean cached) throws Exception {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties(database)).start()) {
            ScaleProgramme programme = new ScaleProgramme(context, projects, months, risks);
            PeakHeap heap = new PeakHeap();
            heap.reset();
            new PackScaleBenchmark.Run(context, programme, work, load, cached, warmBuilds, heap).measure();
        }
    }

    private static Map<String, Object> properties(Path database) {
        // On disk, not in memory: an in-memory database would hold the whole programme in the heap being
        // measured, where in production PostgreSQL holds it outside the function.
        return Map.of("datasources.default.url", "jdbc:h2:file:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                // No bucket is touched: returns go straight to the ledger and packs to a folder.
                "assurance.storage.endpoint", "http://127.0.0.1:9", "assurance.storage.path-style", "true",
                "assurance.storage.region", "us-east-1", "assurance.storage.access-key", "unused",
                "assurance.storage.secret-key", "unused");
    }

    /** The measurements of one size. */
    private static final class Run {
        private final ApplicationContext context;
        private final ScaleProgramme programme;
        private final Path work;
        private final double load;
        private final boolean cached;
        private final int warmBuilds;
        private final PeakHeap heap;
        private final TimedPorts ports;
        /** Each build runs an hour after the last, on a clock of its own fixed at that time. */
        private Instant now;

        Run(ApplicationContext context, ScaleProgramme programme, Path work, double load, boolean cached, int warmBuilds,
            PeakHeap heap) {
            this.cached = cached;
            this.heap = heap;
            this.context = context;
            this.programme = programme;
            this.work = work;
            this.load = load;
            this.warmBuilds = warmBuilds;
            this.ports = new TimedPorts(context.getBean(PackRenderer.class), context.getBean(LinkChecker.class));
        }

        void measure() throws Exception {
            now = programme.cycle.receivedBefore().plus(Duration.ofDays(1));
            double cold = build(freshFolder("cold"));
            log("cold build %.2f s (%s)", cold, ports.phases());
            List<Double> warm = new ArrayList<>();
            List<TimedPorts.Phases> phases = new ArrayList<>();
            Path last = null;
            for (int i = 0; i < warmBuilds; i++) {
                if (last != null) {
                    HugoSite.deleteTree(last);
                }
                last = freshFolder("warm" + i);
                warm.add(build(last));
                phases.add(ports.phases());
                log("warm build %d: %.2f s (%s)", i + 1, warm.get(i), phases.get(i));
            }
            long fullBytes = ports.lastReport().bytesUploaded();
            FolderPackPublisher folder = new FolderPackPublisher(last);
            BuildManifest before = folder.currentManifest(programme.cycle.id()).orElseThrow();
            programme.resubmitOne();
            double incremental = build(last);
            long incrementalBytes = ports.lastReport().bytesUploaded();
            log("incremental build after one return changed: %.2f s, %s; changed: %s", incremental,
                    ports.lastReport().summary(), changed(before, folder.currentManifest(programme.cycle.id()).orElseThrow()));
            double peakMb = heap.liveAfterGcMb();
            log("heap: largest after a collection %.0f MB; pools' peaks (garbage included) %.0f MB", peakMb, heap.poolPeaksMb());
            HugoSite.Result hugo = HugoSite.build(ports.lastModel(), context.getBean(RiskRegister.class)
                    .asAt(programme.cycle.cutOff()), work.resolve("hugo"));
            SignOff signOff = PackScaleBenchmark.signOff ? signOff(folder) : new SignOff(Double.NaN, 0, Double.NaN);
            report(cold, warm, phases, fullBytes, incremental, incrementalBytes, peakMb, hugo, signOff);
        }

        record SignOff(double seconds, long bytes, double peakMb) {
        }

        /** The PDF board pack of the last build, as marking it final makes it; NaN when it runs out of memory. */
        private SignOff signOff(FolderPackPublisher folder) {
            heap.reset();
            String buildId = folder.currentManifest(programme.cycle.id()).orElseThrow().buildId();
            BoardPackSignOff signOff = new BoardPackSignOff(context.getBean(CycleRepository.class), folder,
                    context.getBean(BoardPackRenderer.class), context.getBean(PackAssembler.class).site());
            long t0 = System.nanoTime();
            try {
                long bytes = signOff.make(programme.cycle.id(), buildId).size();
                double took = seconds(t0);
                log("sign-off: PDF board pack of build %s, %,d bytes in %.2f s; heap after a collection at most %.0f MB",
                        buildId, bytes, took, heap.liveAfterGcMb());
                return new SignOff(took, bytes, heap.liveAfterGcMb());
            } catch (OutOfMemoryError e) {
                // What is left is garbage now; the builds' figures stand and the table says the PDF did not fit.
                log("sign-off: the PDF board pack ran out of memory after %.1f s", seconds(t0));
                return new SignOff(Double.NaN, 0, Double.NaN);
            }
        }

        private void report(double cold, List<Double> warm, List<TimedPorts.Phases> phases, long fullBytes, double incremental,
                            long incrementalBytes, double peakMb, HugoSite.Result hugo, SignOff signOff) {
            double median = median(warm);
            TimedPorts.Phases typical = phases.get(warm.indexOf(median));
            long pages = ports.htmlPages();
            double msPerPage = 1000 * median / pages;
            double hugoMsPerPage = 1000 * hugo.seconds() / hugo.pages();
            log("Hugo: %d pages in %.2f s (%.2f ms a page); the pack %.2f ms a page: %.2f times Hugo's time a page",
                    hugo.pages(), hugo.seconds(), hugoMsPerPage, msPerPage, msPerPage / hugoMsPerPage);
            System.out.println(CSV_HEADER);
            System.out.println(String.format(Locale.ROOT,
                    "%d,%d,%d,%d,%d,%d,%.1f,%.2f,%.2f,%.2f,%.0f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%.1f,%.0f,%d,%d,%.2f,%.2f,%.2f,%.2f,%d,%.0f,%s",
                    programme.projects, programme.months, programme.risks, pages, ports.files(), fullBytes, load, cold, median,
                    Collections.min(warm), pages / median, msPerPage, typical.assemble(), typical.render(),
                    typical.links(), typical.publish(), incremental, incrementalBytes, 100.0 * incrementalBytes / fullBytes,
                    peakMb, Runtime.getRuntime().maxMemory() >> 20, hugo.pages(), hugo.seconds(), hugoMsPerPage,
                    msPerPage / hugoMsPerPage, signOff.seconds(), signOff.bytes(), signOff.peakMb(), cached));
        }

        private Path freshFolder(String name) throws java.io.IOException {
            return Files.createDirectories(work.resolve(name));
        }

        /** One whole build an hour after the last, published into the folder; fails loudly if the build failed. */
        private double build(Path folder) {
            now = now.plus(Duration.ofHours(1));
            java.time.Clock clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
            PackBuildService service = new PackBuildService(context.getBean(ProjectDirectory.class),
                    context.getBean(CycleRepository.class), context.getBean(ReturnLedger.class),
                    context.getBean(PackAssembler.class), ports.renderer(), ports.linkChecker(),
                    ports.publisher(new FolderPackPublisher(folder)), context.getBean(BuildLedger.class),
                    context.getBean(StandingsArchive.class), context.getBean(RiskRegister.class), context.getBean(KpiStore.class),
                    context.getBean(AssessedConfidenceStore.class), clock, ProductVersion.current());
            long t0 = System.nanoTime();
            ports.startBuild(t0);
            PackBuild build = service.buildNow(programme.cycle.id()).orElseThrow();
            double took = seconds(t0);
            if (build.status() != BuildStatus.SUCCEEDED) {
                throw new IllegalStateException("build failed: " + build.message());
            }
            return took;
        }
    }

    /** The files whose bytes differ between two manifests, with their sizes, largest first. */
    private static String changed(BuildManifest before, BuildManifest after) {
        return after.files().entrySet().stream().filter(e -> !e.getValue().equals(before.files().get(e.getKey())))
                .sorted(java.util.Map.Entry.<String, BuildManifest.FileEntry>comparingByValue(
                        java.util.Comparator.comparingLong(BuildManifest.FileEntry::size)).reversed())
                .map(e -> e.getKey() + " " + e.getValue().size()).collect(java.util.stream.Collectors.joining(", "));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("# " + String.format(Locale.UK, format, args));
    }
}
