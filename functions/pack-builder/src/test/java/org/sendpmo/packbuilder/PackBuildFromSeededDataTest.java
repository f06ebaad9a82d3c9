package org.sendpmo.packbuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.render.FreemarkerPackRenderer;
import org.sendpmo.adapters.render.JsoupLinkChecker;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.SubmissionOutcome;
import org.sendpmo.scoring.CriterionScores;

/**
 * The pack-builder function end to end on seeded data: the handler in its application context,
 * H2 (PostgreSQL mode), the real templates, and the pack published to a real S3Proxy site bucket,
 * then read back and checked with jsoup.
 */
class PackBuildFromSeededDataTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final BoardCycle CYCLE = new BoardCycle("stsb-2026-04", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2026, 4, 15), YearMonth.of(2026, 3), LocalDate.of(2026, 4, 8));
    private static final Instant BEFORE_CUT_OFF = Instant.parse("2026-04-03T09:00:00Z");

    private static ApplicationContext context;
    private static PackBuilderHandler handler;

    @BeforeAll
    static void seed() {
        Map<String, Object> properties = new HashMap<>(S3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:pack-build-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        context = ApplicationContext.builder().properties(properties).start();
        handler = new PackBuilderHandler(context);
        ProjectDirectory projects = context.getBean(ProjectDirectory.class);
        context.getBean(CycleRepository.class).save(CYCLE);
        ReturnIntake intake = context.getBean(ReturnIntake.class);
        // scores c01..c11; P03 and P04 tie at 50.00 (P04's higher c01 shows it first); P06 sends no return.
        seed(projects, intake, "P01", "Enquiries hub", Rag.GREEN, 5, 5, 5, 4, 4, 4, 2, 2, 2, 2, 4);
        seed(projects, intake, "P02", "Year R pilots", Rag.RED, 1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 1);
        seed(projects, intake, "P03", "SEND handbook", Rag.AMBER, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        seed(projects, intake, "P04", "Annual review backlog", Rag.AMBER, 4, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3);
        seed(projects, intake, "P05", "CATIE dashboard", Rag.GREEN, 4, 4, 4, 4);
        projects.save(new Project("P06", "Hospital schools", 1, Set.of(ImprovementArea.C8), "Director ICS"));
        // A better P02 return received after the cut-off: it must wait for the next cycle.
        intake.store(ret("P02", Rag.GREEN, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5), Instant.parse("2026-04-09T09:00:00Z"));
        // The register as at 1 April: a High risk (5 × 5, outside any appetite) on P01, the top (High band) project.
        // Another one recorded after the cut-off must wait for the next cycle.
        org.sendpmo.risk.RiskRegister register = context.getBean(org.sendpmo.risk.RiskRegister.class);
        register.record(List.of(risk("R-001", "P01")), LocalDate.of(2026, 4, 1));
        register.record(List.of(risk("R-002", "P04")), LocalDate.of(2026, 4, 10));
        // The programme office's rating for P03 in this cycle: the second one recorded is in force.
        org.sendpmo.confidence.AssessedConfidenceStore assessed = context.getBean(org.sendpmo.confidence.AssessedConfidenceStore.class);
        assessed.record("P03", CYCLE.id(), new org.sendpmo.confidence.AssessedConfidence(org.sendpmo.confidence.ConfidenceRating.RED,
                "PMO lead", LocalDate.of(2026, 4, 9), "first view"), Instant.parse("2026-04-09T10:00:00Z"));
        assessed.record("P03", CYCLE.id(), new org.sendpmo.confidence.AssessedConfidence(org.sendpmo.confidence.ConfidenceRating.AMBER,
                "Programme director", LocalDate.of(2026, 4, 10), "handbook draft agreed"), Instant.parse("2026-04-10T10:00:00Z"));
    }

    private static org.sendpmo.risk.RiskEntry risk(String id, String projectId) {
        return new org.sendpmo.risk.RiskEntry(id, org.sendpmo.risk.EntryType.RISK, "Hub staffing " + id, "",
                org.sendpmo.risk.RiskCategory.RECRUITMENT_WORKFORCE, "Head of SEND", List.of(projectId), Set.of(),
                new org.sendpmo.risk.RiskScore(5, 5), new org.sendpmo.risk.RiskScore(5, 5), new org.sendpmo.risk.RiskScore(2, 2),
                List.of(), List.of(), List.of(), org.sendpmo.risk.EscalationStatus.NONE, LocalDate.of(2026, 4, 1),
                org.sendpmo.risk.EntryStatus.OPEN);
    }

    @Test
    void aRecordedRiskPutsAHighProjectOnTheAttentionListAndTheAssessedRatingShowsOnItsPage() {
        BuildResponse response = handler.handleRequest(new BuildRequest(CYCLE.id(), null), null);
        assertEquals("SUCCEEDED", response.status(), response.message());
        RenderedSite site = download("cycles/" + CYCLE.id() + "/" + response.buildId() + "/");

        Document home = Jsoup.parse(new String(site.files().get("index.html"), StandardCharsets.UTF_8));
        List<String> attention = home.select("#attention ~ ul").first().select("li").eachText();
        assertTrue(attention.stream().anyMatch(t -> t.startsWith("Enquiries hub (P01):") && t.contains("1 risk outside appetite")),
                attention.toString());
        assertTrue(attention.stream().noneMatch(t -> t.contains("(P04)")), "R-002 was recorded after the cut-off: " + attention);

        Document p03 = Jsoup.parse(new String(site.files().get("projects/P03.html"), StandardCharsets.UTF_8));
        String glance = p03.select("#at-a-glance + dl").text();
        assertTrue(glance.contains("Delivery confidence Amber (Assessed by the programme office)"), glance);
        assertTrue(glance.contains("· Assessed: Amber by Programme director on 10 April 2026, handbook draft agreed"), glance);
        assertTrue(glance.contains("Indicative: "), glance);
        Document p01 = Jsoup.parse(new String(site.files().get("projects/P01.html"), StandardCharsets.UTF_8));
        assertTrue(p01.select("#at-a-glance + dl").text().contains("1 outside appetite"), p01.select("#at-a-glance + dl").text());
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static void seed(ProjectDirectory projects, ReturnIntake intake, String id, String name, Rag rag, int... scores) {
        projects.save(new Project(id, name, 2, Set.of(ImprovementArea.C1), "Lead " + id));
        SubmissionOutcome outcome = intake.store(ret(id, rag, scores), BEFORE_CUT_OFF);
        assertTrue(outcome instanceof SubmissionOutcome.Accepted, outcome.toString());
    }

    private static ProjectReturn ret(String id, Rag rag, int... scores) {
        return new ProjectReturn(id, CYCLE.reportingMonth(), rag, "Progress for " + id, List.of(), List.of("A risk"),
                CriterionScores.of(scores), "Lead " + id);
    }

    @Test
    void publishesAPageAProjectRankedInScoreOrderWithEveryLinkResolvingAndThenMovesThePointer() {
        BuildResponse response = handler.handleRequest(new BuildRequest(CYCLE.id(), null), null);
        assertEquals("SUCCEEDED", response.status(), response.message());

        RenderedSite site = download("cycles/" + CYCLE.id() + "/" + response.buildId() + "/");
        for (String id : List.of("P01", "P02", "P03", "P04", "P05", "P06")) {
            assertTrue(site.files().containsKey("projects/" + id + ".html"), "a page for " + id);
        }
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(site), "every internal link resolves");

        Document home = Jsoup.parse(new String(site.files().get("index.html"), StandardCharsets.UTF_8));
        Element ranking = home.getElementById("ranked-table");
        assertNotNull(ranking, "the ranked table");
        List<String> order = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        for (Element row : ranking.select("tbody tr")) {
            order.add(row.select("a[href^=projects/]").attr("href"));
            ranks.add(row.child(0).text());
            scores.add(new BigDecimal(row.select("td").stream().map(Element::text)
                    .filter(t -> t.matches("\\d+\\.\\d\\d")).findFirst().orElseThrow()));
        }
        // P01 83.33, then P04 and P03 at 50.00 (P04 has the higher c01), then P02 0.00 (its 100.00 return came after the cut-off).
        assertEquals(List.of("projects/P01.html", "projects/P04.html", "projects/P03.html", "projects/P02.html"), order);
        assertEquals(List.of(new BigDecimal("83.33"), new BigDecimal("50.00"), new BigDecimal("50.00"), new BigDecimal("0.00")),
                scores);
        assertEquals(List.of("1", "2", "2", "4"), ranks);
        assertTrue(home.text().contains("CATIE dashboard"), "the incomplete assessment is listed apart");
        assertTrue(home.text().contains("Hospital schools"), "the project without a return is listed");

        assertTrue(siteObject("cycles/" + CYCLE.id() + "/current.json").contains(response.buildId()));
        assertTrue(siteObject("index.html").contains("cycles/" + CYCLE.id() + "/" + response.buildId() + "/index.html"));
    }

    /**
     * A build whose pages fail the link check is recorded as failed and the pointer stays on the last good
     * build. The renderer is the real one with one broken page added: the only way to make the real
     * templates produce a broken link on purpose.
     */
    @Test
    void aFailedBuildLeavesThePreviousPackCurrent() {
        BuildResponse good = handler.handleRequest(new BuildRequest(CYCLE.id(), null), null);
        assertEquals("SUCCEEDED", good.status());
        FreemarkerPackRenderer breaking = new FreemarkerPackRenderer() {
            @Override
            public RenderedSite renderBuild(PackModel model) {
                try (RenderedSite real = super.renderBuild(model)) {
                    Map<String, byte[]> files = new LinkedHashMap<>(real.files());
                    files.put("broken.html", "<a href=\"projects/P99.html\">P99</a>".getBytes(StandardCharsets.UTF_8));
                    return new RenderedSite(files);
                }
            }
        };
        BuildLedger ledger = context.getBean(BuildLedger.class);
        PackBuildService service = new PackBuildService(context.getBean(ProjectDirectory.class),
                context.getBean(CycleRepository.class), context.getBean(ReturnLedger.class), context.getBean(PackAssembler.class),
                breaking, new JsoupLinkChecker(), context.getBean(PackPublisher.class), ledger,
                context.getBean(org.sendpmo.board.StandingsArchive.class), context.getBean(org.sendpmo.risk.RiskRegister.class),
                context.getBean(org.sendpmo.kpi.KpiStore.class), context.getBean(org.sendpmo.confidence.AssessedConfidenceStore.class),
                Clock.systemUTC(), "test");

        PackBuild failed = service.buildNow(CYCLE.id()).orElseThrow();

        assertEquals(BuildStatus.FAILED, failed.status());
        assertTrue(failed.message().contains("projects/P99.html"), failed.message());
        assertTrue(siteObject("cycles/" + CYCLE.id() + "/current.json").contains(good.buildId()));
        assertNotEquals(failed.id(), good.buildId());
        assertTrue(download("cycles/" + CYCLE.id() + "/" + failed.id() + "/").files().isEmpty(), "nothing of it was written");
    }

    /**
     * Each build writes its manifest.json: what it was built from (a hash per input set), by which product
     * and methodology versions, and the SHA-256 and size of every file. A rebuild from the same inputs copies
     * the files the current build holds instead of uploading them again.
     */
    @Test
    void aBuildRecordsItsManifestAndARebuildCopiesWhatDidNotChange() {
        BuildResponse first = handler.handleRequest(new BuildRequest(CYCLE.id(), null), null);
        BuildResponse second = handler.handleRequest(new BuildRequest(CYCLE.id(), null), null);
        assertEquals("SUCCEEDED", second.status(), second.message());

        String prefix = "cycles/" + CYCLE.id() + "/" + second.buildId() + "/";
        RenderedSite site = download(prefix);
        org.sendpmo.pack.BuildManifest manifest = org.sendpmo.adapters.pack.ManifestJson.decode(site.files().get("manifest.json"));
        assertEquals(second.buildId(), manifest.buildId());
        assertEquals(CYCLE.id(), manifest.cycleId());
        assertEquals("v1", manifest.methodologyVersion());
        assertEquals(org.sendpmo.adapters.pack.ProductVersion.current(), manifest.productVersion());
        Set<String> files = new java.util.TreeSet<>(site.files().keySet());
        files.remove("manifest.json");
        assertEquals(files, manifest.files().keySet());
        manifest.files().forEach((path, entry) -> assertEquals(org.sendpmo.pack.BuildManifest.FileEntry.of(site.files().get(path)),
                entry, path));
        assertEquals(List.of("assessed", "cycle", "kpiDefinitions", "kpiReported", "kpiValues", "methodology", "previous",
                "projects", "register", "returnsInForce", "site", "window"), List.copyOf(manifest.inputs().keySet()));
        org.sendpmo.pack.BuildManifest before = org.sendpmo.adapters.pack.ManifestJson.decode(
                download("cycles/" + CYCLE.id() + "/" + first.buildId() + "/").files().get("manifest.json"));
        assertEquals(before.inputs(), manifest.inputs(), "the same inputs hash the same");

        // Only the files that show the build time (home page, accessibility statement, PDF) can differ; the rest were copied.
        assertTrue(second.message().contains("copied "), second.message());
        assertTrue(second.message().matches(".*uploaded [1-4] files? .*"), second.message());
    }

    @Test
    void anUnknownCycleIsAnsweredNotThrown() {
        assertEquals("NOT_FOUND", handler.handleRequest(new BuildRequest("no-such-cycle", null), null).status());
        assertEquals("NOT_FOUND", handler.handleRequest(new BuildRequest(null, "20260101T000000000Z"), null).status());
        assertEquals("REJECTED", handler.handleRequest(new BuildRequest(" ", null), null).status());
    }

    /**
     * A pack rebuilt under an earlier methodology: the earlier version's settings file is added to the
     * configuration (as MICRONAUT_CONFIG_FILES does for a deployed function), and the build records that
     * version with every figure it computed.
     */
    @Test
    void aPackCanBeRebuiltUnderAnEarlierMethodologyVersion() {
        Map<String, Object> properties = new HashMap<>(S3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:pack-build-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        // The system property is what MICRONAUT_CONFIG_FILES sets: read when the context starts.
        System.setProperty("micronaut.config.files", "classpath:methodology/v0-flat.yml");
        ApplicationContext started;
        try {
            started = ApplicationContext.builder().properties(properties).start();
        } finally {
            System.clearProperty("micronaut.config.files");
        }
        try (ApplicationContext earlier = started; PackBuilderHandler rebuild = new PackBuilderHandler(earlier)) {
            BuildResponse response = rebuild.handleRequest(new BuildRequest(CYCLE.id(), null), null);
            assertEquals("SUCCEEDED", response.status(), response.message());
            List<org.sendpmo.board.ProjectStanding> kept = earlier.getBean(org.sendpmo.board.StandingsArchive.class)
                    .forBuild(response.buildId());
            assertTrue(kept.stream().allMatch(st -> st.methodologyVersion().equals("v0-flat")), kept.toString());
            // P01 under v0-flat: c01 weighs 1, so Σw = 11 and its 40/48 becomes 36/44 = 81.82.
            assertEquals(new BigDecimal("81.82"), kept.stream().filter(st -> st.projectId().equals("P01")).findFirst()
                    .orElseThrow().score());
            String home = siteObject("cycles/" + CYCLE.id() + "/" + response.buildId() + "/index.html");
            assertTrue(home.contains("Version v0-flat"), "the pack says which rules it used");
        }
    }

    private static String siteObject(String key) {
        return new String(S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(key)).asByteArray(),
                StandardCharsets.UTF_8);
    }

    private static RenderedSite download(String prefix) {
        return SiteBucket.download(S3.client(), prefix);
    }
}
