package org.sendpmo.packbuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.render.JsoupLinkChecker;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFigure;
import org.sendpmo.kpi.KpiFigureIntake;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiTargets;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.storage.Transactions;

/**
 * Issue 9's "KPI revisions are versioned and flagged in the next pack", built for real (H2, S3Proxy, the real
 * templates): CK3's February figure is recorded before March's cut-off, March's pack is built, the performance
 * team revises the figure with a reason after that cut-off, and April's pack flags the revision with its reason
 * on the changes page and on the KPI page, while March's pack, rebuilt, still shows the figure it had.
 */
class KpiRevisionInNextPackTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String BOARD = "SEND Transformation Strategic Board";
    private static final BoardCycle MARCH = new BoardCycle("stsb-2026-03", Board.STSB, BOARD, LocalDate.of(2026, 3, 18),
            YearMonth.of(2026, 2), LocalDate.of(2026, 3, 11));
    private static final BoardCycle APRIL = new BoardCycle("stsb-2026-04", Board.STSB, BOARD, LocalDate.of(2026, 4, 15),
            YearMonth.of(2026, 3), LocalDate.of(2026, 4, 8));
    private static final String REASON = "Twelve reviews completed in February were keyed in March";

    private static ApplicationContext context;
    private static PackBuilderHandler handler;

    @BeforeAll
    static void seed() {
        Map<String, Object> properties = new HashMap<>(S3.micronautProperties());
        properties.put("datasources.default.url",
                "jdbc:h2:mem:kpi-revision-pack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        context = ApplicationContext.builder().properties(properties).start();
        handler = new PackBuilderHandler(context);
        context.getBean(ProjectDirectory.class).save(new Project("P01", "Annual review backlog", 1, Set.of(ImprovementArea.C3), "Lead"));
        context.getBean(CycleRepository.class).save(MARCH);
        context.getBean(CycleRepository.class).save(APRIL);
        context.getBean(KpiStore.class).saveDefinitions(List.of(new KpiDefinition("CK3",
                "Number of annual reviews waiting over 12 months", KpiUnit.COUNT, Polarity.LOWER_IS_BETTER, "KCC",
                KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE), new KpiDefinition("CK4",
                "EHCPs issued within 20 weeks", KpiUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, "KCC",
                KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE), new KpiDefinition("CK5",
                "Tribunal appeals registered", KpiUnit.COUNT, Polarity.LOWER_IS_BETTER, "KCC",
                KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE)));
        record(new KpiFigure("CK3", YearMonth.of(2026, 2), new BigDecimal("598"), null), "2026-03-05T09:00:00Z");
        record(new KpiFigure("CK4", YearMonth.of(2026, 2), new BigDecimal("40.5"), null), "2026-03-05T09:00:00Z");
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static void record(KpiFigure figure, String at) {
        context.getBean(Transactions.class).inTransaction(
                () -> context.getBean(KpiFigureIntake.class).recordAll(List.of(figure), Instant.parse(at)));
    }

    @Test
    void aFigureRevisedAfterACycleIsFlaggedWithItsReasonInTheNextPackOnly() {
        RenderedSite march = build(MARCH);
        record(new KpiFigure("CK3", YearMonth.of(2026, 2), new BigDecimal("586"), REASON), "2026-03-20T09:00:00Z");
        // revised twice since March's pack: compared with what March showed, not with the version in between
        record(new KpiFigure("CK4", YearMonth.of(2026, 2), new BigDecimal("41"), "Late returns"), "2026-03-20T09:00:00Z");
        record(new KpiFigure("CK4", YearMonth.of(2026, 2), new BigDecimal("42"), "More late returns"), "2026-03-22T09:00:00Z");
        // first received after March's cut-off, then revised: March showed nothing, so the version replaced
        record(new KpiFigure("CK5", YearMonth.of(2026, 2), new BigDecimal("7"), null), "2026-03-20T09:00:00Z");
        record(new KpiFigure("CK5", YearMonth.of(2026, 2), new BigDecimal("8"), "One appeal keyed late"), "2026-03-22T09:00:00Z");
        RenderedSite april = build(APRIL);

        Document changes = page(april, "changes.html");
        assertEquals(List.of("Programme (Kent-wide) CK3: Number of annual reviews waiting over 12 months 598 (version 1) 586 (version 2)"
                        + " The February 2026 value was revised: version 2 received on 20 March 2026. Reason given: " + REASON,
                "Programme (Kent-wide) CK4: EHCPs issued within 20 weeks 40.5% (version 1) 42% (version 3)"
                        + " The February 2026 value was revised: version 3 received on 22 March 2026. Reason given: More late returns",
                "Programme (Kent-wide) CK5: Tribunal appeals registered 7 (version 1, received since the previous pack) 8 (version 2)"
                        + " The February 2026 value was revised: version 2 received on 22 March 2026. Reason given: One appeal keyed late"),
                changes.select("#kpi-revised-table tbody tr").eachText());
        Document kpis = page(april, "kpis.html");
        assertEquals(List.of("February 2026: now 586 (version 2, received 20 March 2026). Reason given: " + REASON),
                kpis.select("#kpi-CK3-revisions + ul li").eachText());
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(april));

        assertTrue(page(march, "kpis.html").select("[id$=-revisions]").isEmpty(), "March had nothing to compare with");
        Document marchAgain = page(build(MARCH), "kpis.html");
        assertTrue(marchAgain.getElementById("kpi-table").text().contains("598 (February 2026)"),
                "a rebuild of March still shows the figure in force at its cut-off: " + marchAgain.getElementById("kpi-table").text());
    }

    private static RenderedSite build(BoardCycle cycle) {
        BuildResponse response = handler.handleRequest(new BuildRequest(cycle.id(), null), null);
        assertEquals("SUCCEEDED", response.status(), response.message());
        return SiteBucket.download(S3.client(), "cycles/" + cycle.id() + "/" + response.buildId() + "/");
    }

    private static Document page(RenderedSite site, String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }
}
