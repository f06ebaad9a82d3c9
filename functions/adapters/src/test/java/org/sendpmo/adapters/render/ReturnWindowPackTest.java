package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendpmo.adapters.Fixtures;
import org.sendpmo.pack.CycleIndicators;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.pack.ReturnWindow;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnLedger;

/**
 * A build reads the carry-forward window as receipts, with only the versions its statuses and checks use read in
 * full ({@link ReturnWindow#read}); before, it read every version in full. The pack must not change: here the same
 * returns, recorded in H2 through the JDBC ledger, are built both ways and every rendered file compared byte for byte.
 * The returns are chosen so that a wrong version read in full would show: a late correction, a month before with two
 * versions of which only the latest repeats this month's commentary, a version after the cut-off, a return carried
 * forward, one in force but older than the window, and a project that never returned.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnWindowPackTest {

    private ApplicationContext context;
    private ReturnLedger ledger;
    private ReturnCodec codec;
    private final List<RecordedReturn> recorded = new ArrayList<>();

    @BeforeAll
    void recordTheReturns() {
        context = ApplicationContext.run(Map.of("datasources.default.url", "jdbc:h2:mem:w" + UUID.randomUUID().toString()
                .replace("-", "") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        ledger = context.getBean(ReturnLedger.class);
        codec = context.getBean(ReturnCodec.class);
        ProjectDirectory projects = context.getBean(ProjectDirectory.class);
        PackFixtures.projects().forEach(projects::save);
        // October 2026's cycle: due 10 November, cut-off 17 November (so received before 18 November 00:00Z).
        record("P01", "2026-09", "Other words", "2026-10-05T09:00:00Z");
        record("P01", "2026-09", "Hiring done", "2026-10-06T09:00:00Z");
        record("P01", "2026-10", "First draft", "2026-11-03T09:00:00Z");
        record("P01", "2026-10", "Hiring   done", "2026-11-12T09:00:00Z");
        record("P02", "2026-09", "September", "2026-10-07T09:00:00Z");
        record("P02", "2026-10", "October", "2026-11-09T09:00:00Z");
        record("P02", "2026-10", "October, after the cut-off", "2026-11-18T00:00:00Z");
        record("P03", "2026-08", "August", "2026-09-04T09:00:00Z");
        record("P03", "2026-08", "August, corrected", "2026-09-05T09:00:00Z");
        record("P04", "2024-03", "Long ago", "2024-04-04T09:00:00Z");
        record("P06", "2026-08", "August", "2026-09-04T09:00:00Z");
        record("P06", "2026-10", "October", "2026-11-04T09:00:00Z");
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private void record(String project, String month, String commentary, String receivedAt) {
        ProjectReturn ret = Fixtures.aReturn(project, month, commentary);
        recorded.add(ledger.record(ret, RawKey.forReturn(ret, codec.encode(ret)), Instant.parse(receivedAt)));
    }

    private RecordedReturn version(String project, String month, int version) {
        return recorded.stream().filter(r -> r.content().projectId().equals(project)
                && r.content().reportingMonth().equals(YearMonth.parse(month)) && r.version() == version).findFirst().orElseThrow();
    }

    /** The window as it was read before: every version of the months, received by the cut-off, in full. */
    private List<RecordedReturn> everyVersionInFull() {
        YearMonth month = PackFixtures.CYCLE.reportingMonth();
        YearMonth from = month.minusMonths(CycleIndicators.CARRY_FORWARD_MONTHS);
        Instant before = PackFixtures.CYCLE.receivedBefore();
        return PackFixtures.projects().stream().map(Project::id).flatMap(id -> ledger.history(id).stream())
                .filter(r -> !r.content().reportingMonth().isBefore(from) && !r.content().reportingMonth().isAfter(month)
                        && r.receivedAt().isBefore(before))
                .toList();
    }

    @Test
    void thePackReadFromReceiptsIsByteForByteThePackReadFromEveryVersion() {
        List<RecordedReturn> inForce = ledger.latestPerProject(PackFixtures.CYCLE.reportingMonth(), PackFixtures.CYCLE.receivedBefore());
        ReturnWindow narrow = ReturnWindow.read(ledger, PackFixtures.CYCLE, inForce, id -> true);
        ReturnWindow full = ReturnWindow.of(everyVersionInFull());

        assertEquals(full.receipts(), narrow.receipts());
        Set<RecordedReturn> expected = Set.of(version("P01", "2026-10", 2), version("P01", "2026-09", 2),
                version("P02", "2026-10", 1), version("P02", "2026-09", 1), version("P03", "2026-08", 2), version("P06", "2026-10", 1));
        assertEquals(names(expected), names(narrow.readInFull()),
                "per project the version used and, for this month's, the month before's latest");
        assertEquals(expected, Set.copyOf(narrow.readInFull()));
        PackModel fromReceipts = PackFixtures.model(inForce, narrow, null);
        PackModel fromEveryVersion = PackFixtures.model(inForce, full, null);
        FreemarkerPackRenderer renderer = new FreemarkerPackRenderer();
        try (RenderedSite a = renderer.renderBuild(fromReceipts); RenderedSite b = renderer.renderBuild(fromEveryVersion)) {
            assertEquals(b.files().keySet(), a.files().keySet());
            for (String path : b.files().keySet()) {
                assertArrayEquals(b.files().get(path), a.files().get(path), path);
            }
            assertShowsTheCasesTheWindowDecides(a);
        }
    }

    private static Set<String> names(java.util.Collection<RecordedReturn> returns) {
        return returns.stream().map(r -> r.reference() + " v" + r.version()).collect(java.util.stream.Collectors.toSet());
    }

    /** So that the comparison above is not of two packs that never looked at the window. */
    private static void assertShowsTheCasesTheWindowDecides(RenderedSite site) {
        String p01 = text(site, "projects/P01.html");
        assertTrue(p01.contains("word for word the same as 2026-09's"), "the month before's latest version: " + p01);
        String returns = text(site, "returns.html");
        assertTrue(returns.contains("Carried forward from August 2026"), returns);
        String p04 = text(site, "projects/P04.html");
        assertTrue(p04.contains("no return received"), "older than the window, so nothing is carried: " + p04);
        assertTrue(text(site, "index.html").contains("Joint commissioning review"), "yet P04's return is in force and ranked");
    }

    private static String text(RenderedSite site, String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8)).text();
    }
}
