package org.sendpmo.packbuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;
import org.sendpmo.adapters.pack.ManifestJson;
import org.sendpmo.adapters.pack.ProductVersion;
import org.sendpmo.adapters.pack.SiteLayout;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BoardPackJob;
import org.sendpmo.pack.BoardPackJobStore;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.BuildRequestOutcome;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.FinalOutcome;
import org.sendpmo.pack.FinalPacks;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.scoring.CriterionScores;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The cycle's pointer with builds running at once, marked final, and moved by a scheduled event: the real
 * pack-builder context on H2, the real templates, and the site bucket on S3Proxy. Each test has a cycle of its own.
 */
class PackPointerTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final Actor OFFICE = new Actor("pmo.lead", Set.of(Role.PROGRAMME_OFFICE), Set.of());
    private static final Instant RECEIVED = Instant.parse("2026-05-04T09:00:00Z");

    private static ApplicationContext context;

    @BeforeAll
    static void seed() {
        Map<String, Object> properties = new HashMap<>(S3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:pack-pointer-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        context = ApplicationContext.builder().properties(properties).start();
        ProjectDirectory projects = context.getBean(ProjectDirectory.class);
        ReturnIntake intake = context.getBean(ReturnIntake.class);
        for (String id : List.of("P01", "P02", "P03")) {
            projects.save(new Project(id, "Project " + id, 1, Set.of(ImprovementArea.C1), "Lead " + id));
            intake.store(new ProjectReturn(id, YearMonth.of(2026, 4), Rag.AMBER, "Progress for " + id, List.of(),
                    List.of("A risk"), CriterionScores.of(3, 4, 2, 5, 3, 3, 2, 2, 3, 3, 4), "Lead " + id), RECEIVED);
        }
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /**
     * Two builds of one cycle run at once, the older made to finish writing only after the newer has been
     * published: the pointer stays on the newer (it only moves forward), and it names a whole build whose
     * manifest matches every file under its prefix, as do the cycle's redirect page and the root index.
     */
    @Test
    void twoBuildsAtOnceEndWithOneCurrentPackNeverAMix() throws Exception {
        BoardCycle cycle = cycle("stsb-2026-05", LocalDate.of(2026, 5, 20));
        BuildLedger ledger = context.getBean(BuildLedger.class);
        PackBuild older = ledger.queue(cycle.id(), Instant.now());
        PackBuild newer = ledger.queue(cycle.id(), Instant.now().plusMillis(5));
        CountDownLatch newerPublished = new CountDownLatch(1);
        PackBuildService service = service(new HoldingPublisher(context.getBean(PackPublisher.class), older.id(), newerPublished));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PackBuild> first = pool.submit(() -> service.run(older.id()));
            Future<PackBuild> second = pool.submit(() -> {
                PackBuild done = service.run(newer.id());
                newerPublished.countDown();
                return done;
            });
            PackBuild newerDone = second.get(120, TimeUnit.SECONDS);
            PackBuild olderDone = first.get(120, TimeUnit.SECONDS);
            assertEquals(BuildStatus.SUCCEEDED, newerDone.status(), newerDone.message());
            assertEquals(BuildStatus.SUCCEEDED, olderDone.status(), olderDone.message());
            assertTrue(olderDone.message().contains("Not made current: build " + newer.id()), olderDone.message());
        } finally {
            pool.shutdownNow();
        }
        assertOneWholeCurrentPack(cycle.id(), newer.id());
        assertEquals(newer.id(), ledger.currentBuilds().stream().filter(b -> b.cycleId().equals(cycle.id()))
                .findFirst().orElseThrow().id(), "the ledger's current build is the pointer's");
    }

    /** Builds started together with nothing held back: whichever order they end in, one whole pack is current. */
    @Test
    void buildsStartedTogetherLeaveTheNewestCurrent() throws Exception {
        BoardCycle cycle = cycle("stsb-2026-06", LocalDate.of(2026, 6, 17));
        BuildLedger ledger = context.getBean(BuildLedger.class);
        PackBuildService service = context.getBean(PackBuildService.class);
        List<PackBuild> queued = List.of(ledger.queue(cycle.id(), Instant.now()), ledger.queue(cycle.id(), Instant.now().plusMillis(5)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PackBuild>> runs = queued.stream().map(b -> pool.submit(() -> {
                start.await();
                return service.run(b.id());
            })).toList();
            start.countDown();
            for (Future<PackBuild> run : runs) {
                assertEquals(BuildStatus.SUCCEEDED, run.get(120, TimeUnit.SECONDS).status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertOneWholeCurrentPack(cycle.id(), queued.get(1).id());
    }

    /** Marking the current build final freezes the pack: a later request is refused and the pointer does not move. */
    @Test
    void markingFinalFreezesThePackUntilItIsReopened() {
        BoardCycle cycle = cycle("stsb-2026-07", LocalDate.of(2026, 7, 15));
        BuildRequests requests = context.getBean(BuildRequests.class);
        PackBuildService service = context.getBean(PackBuildService.class);
        FinalPacks finals = context.getBean(FinalPacks.class);
        PackBuild good = service.run(queued(requests.queue(cycle.id(), OFFICE, null)).id());
        assertEquals(BuildStatus.SUCCEEDED, good.status(), good.message());
        // A build queued before the pack is marked final, and run after: it must not be published.
        PackBuild late = queued(requests.queue(cycle.id(), OFFICE, null));

        assertTrue(S3.client().listObjectsV2(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).prefix("cycles/" + cycle.id() + "/"))
                .contents().stream().noneMatch(o -> o.key().endsWith("/board-pack.pdf")), "builds make no PDF board pack");
        FinalOutcome marked = finals.markFinal(cycle.id(), good.id(), OFFICE);
        assertInstanceOf(FinalOutcome.Done.class, marked);
        assertEquals("The PDF board pack of build " + good.id() + " is being made.", ((FinalOutcome.Done) marked).note());
        BoardPackJob pdf = awaitBoardPack(good.id());
        assertEquals(BoardPackJob.Status.READY, pdf.status(), pdf.message());
        assertEquals(OFFICE.username(), pdf.requestedBy());
        assertTrue(text("cycles/" + cycle.id() + "/" + good.id() + "/manifest.json").contains("\"board-pack.pdf\""),
                "signing off adds the PDF, made by the in-process launcher's job, to the final build and its manifest");
        PackBuilderHandler handler = new PackBuilderHandler(context);
        BuildResponse again = handler.execute(BuildRequest.boardPack(cycle.id(), good.id()));
        assertEquals("READY", again.status(), "the Lambda's board-pack request: " + again.message());
        assertTrue(again.message().startsWith("board-pack.pdf, "), again.message());
        assertEquals("NOT_FOUND", handler.execute(BuildRequest.boardPack(cycle.id(), late.id() + "x")).status());
        assertEquals("REJECTED", handler.execute(BuildRequest.boardPack(cycle.id(), " ")).status());

        BuildRequestOutcome refused = requests.request(cycle.id(), OFFICE);
        assertInstanceOf(BuildRequestOutcome.Refused.class, refused);
        assertTrue(((BuildRequestOutcome.Refused) refused).message().contains("is final (build " + good.id()), refused.toString());
        PackBuild lateDone = service.run(late.id());
        assertEquals(BuildStatus.FAILED, lateDone.status());
        assertTrue(lateDone.message().contains("marked final"), lateDone.message());
        assertEquals("REFUSED", new PackBuilderHandler(context).execute(new BuildRequest(cycle.id(), null)).status());
        assertOneWholeCurrentPack(cycle.id(), good.id());

        AuditLog audit = context.getBean(AuditLog.class);
        assertTrue(audit.between(Instant.EPOCH, Instant.now().plusSeconds(1), 100).stream()
                .anyMatch(e -> e.action() == AuditAction.BUILD_MARKED_FINAL && e.subject().equals(cycle.id())
                        && good.id().equals(e.reference()) && e.actor().equals("pmo.lead")));

        assertInstanceOf(FinalOutcome.Rejected.class, finals.reopen(cycle.id(), "  ", OFFICE));
        assertInstanceOf(FinalOutcome.Done.class, finals.reopen(cycle.id(), "P02's corrected return", OFFICE));
        PackBuild after = service.run(queued(requests.queue(cycle.id(), OFFICE, null)).id());
        assertEquals(BuildStatus.SUCCEEDED, after.status(), after.message());
        assertOneWholeCurrentPack(cycle.id(), after.id());
    }

    /**
     * An EventBridge schedule's event, as EventBridge sends it, run through the handler: the cycle whose build
     * day it is gets one scheduled build, published; a second event the same day queues nothing; a final pack is
     * skipped. The handler's clock is the real one, so the cycle's meeting is set from today.
     */
    @Test
    void aScheduledEventBuildsTheCyclesDueTodayOnce() throws Exception {
        LocalDate today = LocalDate.now(org.sendpmo.cycle.ProgrammeTime.ZONE);
        org.sendpmo.cycle.WorkingDays days = new org.sendpmo.cycle.WorkingDays(context.getBean(org.sendpmo.cycle.HolidayCalendar.class));
        LocalDate meeting = days.plus(today, 1);
        BoardCycle due = context.getBean(CycleRepository.class).find("og1-sched").orElseGet(() -> {
            BoardCycle c = new BoardCycle("og1-sched", Board.STSB, "SEND Transformation Operational Group 1", meeting,
                    YearMonth.of(2026, 4), today.minusDays(1));
            context.getBean(CycleRepository.class).save(c);
            return c;
        });
        String event = """
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",
                 "source":"aws.events","account":"123456789012","time":"%sT07:00:00Z","region":"eu-west-2",
                 "resources":["arn:aws:events:eu-west-2:123456789012:rule/send-assurance-scheduled-builds"],"detail":{}}
                """.formatted(today);
        io.micronaut.json.JsonMapper json = context.getBean(io.micronaut.json.JsonMapper.class);
        BuildRequest request = json.readValue(event, BuildRequest.class);
        assertTrue(request.scheduled());

        {
            // Not closed: closing the handler would close the shared context.
            PackBuilderHandler handler = new PackBuilderHandler(context);
            BuildResponse first = handler.execute(request);
            assertEquals("SCHEDULED", first.status(), first.message());
            List<PackBuild> builds = context.getBean(BuildLedger.class).forCycle(due.id());
            assertEquals(1, builds.size());
            assertEquals(today, builds.get(0).scheduledOn());
            assertEquals("system", builds.get(0).requestedBy());
            assertOneWholeCurrentPack(due.id(), builds.get(0).id());

            BuildResponse again = handler.execute(request);
            assertTrue(again.message().contains("already queued"), again.message());
            assertEquals(1, context.getBean(BuildLedger.class).forCycle(due.id()).size(), "once per cycle per day");
        }
    }

    /**
     * The "what is due" check with the clock fixed at 09:00 on Monday 14 December 2026: the cycle meeting on
     * the 16th (cut-off the 9th) is due, the one meeting in January is not yet, a final one is skipped.
     */
    @Test
    void theWhatIsDueCheckQueuesOnlyTheCyclesDueOnTheDayAndSkipsFinalPacks() {
        Clock monday = Clock.fixed(Instant.parse("2026-12-14T09:00:00Z"), java.time.ZoneOffset.UTC);
        BoardCycle due = cycle("siab-2026-12", LocalDate.of(2026, 12, 16));
        BoardCycle notYet = cycle("siab-2027-01", LocalDate.of(2027, 1, 20));
        BoardCycle frozen = cycle("pdg-2026-12", LocalDate.of(2026, 12, 15));
        PackBuild built = context.getBean(PackBuildService.class).run(
                queued(context.getBean(BuildRequests.class).queue(frozen.id(), OFFICE, null)).id());
        assertInstanceOf(FinalOutcome.Done.class, context.getBean(FinalPacks.class).markFinal(frozen.id(), built.id(), OFFICE));
        BuildRequests requests = new BuildRequests(context.getBean(BuildLedger.class), context.getBean(org.sendpmo.pack.PackFinality.class),
                context.getBean(org.sendpmo.pack.BuildLauncher.class), context.getBean(AuditLog.class), context.getBean(org.sendpmo.storage.Transactions.class), monday);
        org.sendpmo.pack.ScheduledBuilds check = new org.sendpmo.pack.ScheduledBuilds(context.getBean(CycleRepository.class),
                context.getBean(org.sendpmo.pack.BuildSchedule.class), requests, monday);

        org.sendpmo.pack.ScheduledBuilds.Run run = check.queueDue();

        assertEquals(LocalDate.of(2026, 12, 14), run.day());
        assertEquals(List.of(due.id()), run.queued().stream().map(PackBuild::cycleId).toList());
        assertEquals(LocalDate.of(2026, 12, 14), run.queued().get(0).scheduledOn());
        assertEquals(1, run.skipped().size(), run.skipped().toString());
        assertTrue(run.skipped().get(0).contains(frozen.id() + " is final"), run.skipped().toString());
        assertTrue(context.getBean(BuildLedger.class).forCycle(notYet.id()).isEmpty());
        assertEquals(List.of(), check.queueDue().queued(), "once a cycle a day");
    }

    // ---- helpers

    private static BoardCycle cycle(String id, LocalDate meeting) {
        BoardCycle cycle = new BoardCycle(id, Board.STSB, "SEND Transformation Strategic Board", meeting, YearMonth.of(2026, 4),
                meeting.minusDays(7));
        context.getBean(CycleRepository.class).save(cycle);
        return cycle;
    }

    /** The build's PDF board pack job once it has ended, made or failed (the in-process launcher runs it on its thread). */
    static BoardPackJob awaitBoardPack(String buildId) {
        BoardPackJobStore jobs = context.getBean(BoardPackJobStore.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Optional<BoardPackJob> job = jobs.find(buildId).filter(j -> j.status() != BoardPackJob.Status.MAKING);
            if (job.isPresent()) {
                return job.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The PDF board pack of " + buildId + " was not made in 120 s: " + jobs.find(buildId));
    }

    private static PackBuild queued(BuildRequestOutcome outcome) {
        return assertInstanceOf(BuildRequestOutcome.Queued.class, outcome).build();
    }

    /** The pointer, the cycle's redirect page and the root index name {@code buildId}, and its manifest lists every file under its prefix. */
    private static void assertOneWholeCurrentPack(String cycleId, String buildId) {
        String pointer = text(SiteLayout.currentPointerKey(cycleId));
        assertEquals(Optional.of(buildId), SiteLayout.pointedBuild(pointer.getBytes(StandardCharsets.UTF_8)), pointer);
        assertTrue(text(SiteLayout.cycleIndexKey(cycleId)).contains(buildId + "/index.html"), "the redirect page follows the pointer");
        assertTrue(text(SiteLayout.ROOT_INDEX).contains("cycles/" + cycleId + "/" + buildId + "/index.html"), "so does the root index");

        String prefix = SiteLayout.buildPrefix(cycleId, buildId);
        S3Client s3 = S3.client();
        Map<String, byte[]> files = new HashMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).prefix(prefix)).contents()) {
            files.put(o.key().substring(prefix.length()),
                    s3.getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(o.key())).asByteArray());
        }
        BuildManifest manifest = ManifestJson.decode(files.remove(BuildManifest.PATH));
        assertEquals(buildId, manifest.buildId());
        assertEquals(new TreeSet<>(files.keySet()), new TreeSet<>(manifest.files().keySet()), "every file and only those");
        files.forEach((path, bytes) -> assertEquals(BuildManifest.FileEntry.of(bytes), manifest.files().get(path), path));
    }

    private static String text(String key) {
        return new String(S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(key)).asByteArray(),
                StandardCharsets.UTF_8);
    }

    private static PackBuildService service(PackPublisher publisher) {
        return new PackBuildService(context.getBean(ProjectDirectory.class), context.getBean(CycleRepository.class),
                context.getBean(ReturnLedger.class), context.getBean(PackAssembler.class), context.getBean(PackRenderer.class),
                context.getBean(org.sendpmo.pack.LinkChecker.class),
                publisher, context.getBean(BuildLedger.class), context.getBean(org.sendpmo.board.StandingsArchive.class),
                context.getBean(org.sendpmo.risk.RiskRegister.class), context.getBean(org.sendpmo.kpi.KpiStore.class),
                context.getBean(org.sendpmo.confidence.AssessedConfidenceStore.class), Clock.systemUTC(), ProductVersion.current());
    }

    /** The real publisher, except that one build waits to write its files until another build has been published. */
    private static final class HoldingPublisher extends org.sendpmo.adapters.pack.ForwardingPackPublisher {
        private final String heldBuild;
        private final CountDownLatch release;

        HoldingPublisher(PackPublisher real, String heldBuild, CountDownLatch release) {
            super(real);
            this.heldBuild = heldBuild;
            this.release = release;
        }

        @Override
        public PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan) {
            if (buildId.equals(heldBuild)) {
                try {
                    assertTrue(release.await(120, TimeUnit.SECONDS), "the other build was published");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return super.writeBuild(cycleId, buildId, site, plan);
        }
    }
}
