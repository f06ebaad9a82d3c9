package org.sendpmo.adapters.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.pack.SiteInfo;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionRule;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.Direction;
import org.sendpmo.scoring.Methodology;
import org.sendpmo.scoring.PriorityScorer;

/**
 * A hand-built pack: six projects, four ranked (P01 first, P02 and P03 tied, P04 fourth: ranks 1, 2, 2, 4),
 * P05 with an incomplete assessment (c05 and c07 unscored), P06 with no return by the cut-off.
 */
public final class PackFixtures {

    public static final SiteInfo SITE = new SiteInfo("SEND Transformation Programme", "Example County Council");
    public static final YearMonth MONTH = YearMonth.of(2026, 10);
    public static final BoardCycle CYCLE = new BoardCycle("stsb-2026-11", Board.STSB, "Strategic Transformation Board",
            LocalDate.of(2026, 11, 24), MONTH, LocalDate.of(2026, 11, 17));
    /** 15:16 UTC is 3:16pm in London in November (GMT). */
    public static final Instant GENERATED_AT = Instant.parse("2026-11-24T15:16:00Z");

    private PackFixtures() {
    }

    /** Weights c01 = 2, others 1; directions as methodology §1; High from 65, Medium from 40. */
    public static Methodology methodology() {
        Map<Criterion, CriterionRule> rules = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            boolean cost = c == Criterion.C07 || c == Criterion.C08 || c == Criterion.C09 || c == Criterion.C10;
            BigDecimal weight = c == Criterion.C01 ? BigDecimal.valueOf(2) : BigDecimal.ONE;
            List<String> descriptors = new ArrayList<>();
            for (int level = 1; level <= 5; level++) {
                descriptors.add(c.id() + " level " + level + ": " + new String[] {"very low", "low", "medium", "high", "very high"}[level - 1]);
            }
            rules.put(c, new CriterionRule(c, cost ? Direction.COST : Direction.BENEFIT, weight, descriptors));
        }
        return new Methodology("v1", rules, new BigDecimal("65"), new BigDecimal("40"));
    }

    public static List<Project> projects() {
        return List.of(
                new Project("P01", "Early help hubs", 1, Set.of(ImprovementArea.C2, ImprovementArea.C1), "A. Lead"),
                new Project("P02", "EHC plan quality audit", 2, Set.of(ImprovementArea.C6), "B. Lead"),
                new Project("P03", "Speech & language <therapy> waits", 2, Set.of(ImprovementArea.C8), ""),
                new Project("P04", "Joint commissioning review", 3, Set.of(), "D. Lead"),
                new Project("P05", "Parent carer forum", 0, Set.of(ImprovementArea.C3), "E. Lead"),
                new Project("P06", "Outcomes dashboard", 1, Set.of(ImprovementArea.C9), "F. Lead"));
    }

    public static List<RecordedReturn> returns() {
        // P02 and P03: same scores, so the same score (a tie); P02 is listed first by name after c01/c11.
        return List.of(
                recorded("P01", Rag.GREEN, CriterionScores.of(5, 4, 4, 5, 4, 4, 2, 2, 1, 2, 5), "2026-11-10T09:30:00Z"),
                recorded("P02", Rag.AMBER, CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-11-12T10:00:00Z"),
                recorded("P03", Rag.RED, CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-11-13T11:00:00Z"),
                recorded("P04", Rag.GREEN, CriterionScores.of(1, 2, 1, 2, 1, 2, 4, 5, 4, 5, 2), "2026-11-14T12:00:00Z"),
                recorded("P05", Rag.AMBER, incomplete(), "2026-11-15T13:45:00Z"));
    }

    private static CriterionScores incomplete() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (c != Criterion.C05 && c != Criterion.C07) {
                scores.put(c, 4);
            }
        }
        return new CriterionScores(scores);
    }

    private static RecordedReturn recorded(String projectId, Rag rag, CriterionScores scores, String receivedAt) {
        return recorded(projectId, MONTH, rag, scores, receivedAt);
    }

    static RecordedReturn recorded(String projectId, YearMonth month, Rag rag, CriterionScores scores, String receivedAt) {
        ProjectReturn content = new ProjectReturn(projectId, month, rag, "Progress this month for " + projectId + ".\n\nSecond paragraph.",
                List.of(new Milestone("Business case approved", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 14), true),
                        new Milestone("Go live", LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 31), false)),
                List.of("Recruitment of two specialists is behind plan"), scores, "lead@example.org");
        if (projectId.equals("P01")) {
            content = content.with(new java.math.BigDecimal("75"), new org.sendpmo.returns.ReturnFinance(
                    new java.math.BigDecimal("250000"), new java.math.BigDecimal("1250000.5"), new java.math.BigDecimal("80000"),
                    org.sendpmo.returns.SafetyValveImpact.MEDIUM, true), java.util.Set.of(), List.of());
        }
        RawKey key = new RawKey("returns/" + month + "/" + projectId + "/" + RawKey.sha256(month.equals(MONTH) ? projectId : projectId + month) + ".json");
        return new RecordedReturn(key, 1, Instant.parse(receivedAt), content);
    }

    public static PackModel model() {
        return model(returns(), returns(), null);
    }

    /**
     * The fixture pack from other returns.
     *
     * @param inForce  per project, the return used
     * @param window   every version the statuses and checks look at (earlier months too)
     * @param previous the same board's cycle before, or null
     */
    public static PackModel model(List<RecordedReturn> inForce, List<RecordedReturn> window, PackAssembler.PreviousCycle previous) {
        return model(inForce, org.sendpmo.pack.ReturnWindow.of(window), previous);
    }

    /** The fixture pack from other returns, with the window as a build reads it (receipts, some versions in full). */
    public static PackModel model(List<RecordedReturn> inForce, org.sendpmo.pack.ReturnWindow window,
                                  PackAssembler.PreviousCycle previous) {
        return assembler().assemble(new PackAssembler.Inputs(CYCLE, "20261124T151600Z-abc", GENERATED_AT, projects(), inForce,
                window, PackRiskFixtures.register(), Set.of("P01"), Map.of("P01", ASSESSED), previous,
                PackKpiFixtures.definitions(), PackKpiFixtures.values()));
    }

    /** P06 sent nothing for October, but its August return was received: it is carried forward, two months old. */
    public static PackModel modelWithCarriedReturn() {
        List<RecordedReturn> window = new ArrayList<>(returns());
        window.add(recorded("P06", YearMonth.of(2026, 8), Rag.AMBER, CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                "2026-09-10T09:00:00Z"));
        return model(returns(), window, null);
    }

    /** The same board's cycle before: meeting 27 October 2026, reporting September, cut-off 20 October. */
    public static final BoardCycle PREVIOUS_CYCLE = new BoardCycle("stsb-2026-10", Board.STSB, "Strategic Transformation Board",
            LocalDate.of(2026, 10, 27), YearMonth.of(2026, 9), LocalDate.of(2026, 10, 20));

    /**
     * The fixture pack with a previous cycle. In September P04 ranked first (now fourth: a move of 3, and High to Low),
     * P03 was Amber (now Red) and P01's delivery confidence was Green (now Amber, assessed). The register changed as
     * {@link PackRiskFixtures#previousRegister()} says, and K21's October value was revised since the previous cut-off.
     */
    public static PackModel modelWithPreviousCycle() {
        PackAssembler assembler = assembler();
        List<RecordedReturn> september = List.of(
                recorded("P01", YearMonth.of(2026, 9), Rag.GREEN, CriterionScores.of(5, 4, 4, 5, 4, 4, 2, 2, 1, 2, 5), "2026-10-09T09:00:00Z"),
                recorded("P02", YearMonth.of(2026, 9), Rag.AMBER, CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-10-09T09:00:00Z"),
                recorded("P03", YearMonth.of(2026, 9), Rag.AMBER, CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-10-09T09:00:00Z"),
                recorded("P04", YearMonth.of(2026, 9), Rag.GREEN, CriterionScores.of(5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5), "2026-10-09T09:00:00Z"));
        List<org.sendpmo.board.ProjectStanding> before = assembler.standings(projects(), september).stream()
                .map(st -> st.projectId().equals("P01")
                        ? st.withConfidence(org.sendpmo.confidence.ConfidenceRating.GREEN, "Indicative: no evidence against delivery")
                        : st).toList();
        return assembler.assemble(new PackAssembler.Inputs(CYCLE, "20261124T151600Z-abc", GENERATED_AT, projects(), returns(),
                org.sendpmo.pack.ReturnWindow.of(returns()), PackRiskFixtures.register(), Set.of("P01"), Map.of("P01", ASSESSED),
                new PackAssembler.PreviousCycle(PREVIOUS_CYCLE, before, PackRiskFixtures.previousRegister()),
                PackKpiFixtures.definitions(), PackKpiFixtures.valuesWithRevision()));
    }

    public static PackAssembler assembler() {
        return new PackAssembler(new PriorityScorer(methodology()), SITE,
                new org.sendpmo.board.ChangeDetector(3), indicators(),
                new org.sendpmo.scoring.stability.RankStability(methodology(), new org.sendpmo.scoring.stability.StabilitySettings(
                        2_000, 7L, 2, new java.math.BigDecimal("0.5"), new java.math.BigDecimal("1.5"), new java.math.BigDecimal("0.90"),
                        new java.math.BigDecimal("0.10"), 3, java.math.BigDecimal.TEN)),
                new org.sendpmo.board.RiskChanges(indicatorsRisks()), new org.sendpmo.pack.BoardPagesAssembler(indicatorsRisks(),
                        new org.sendpmo.kpi.KpiTrendService(new org.sendpmo.kpi.KpiTrendSettings(java.math.BigDecimal.valueOf(5))),
                        methodRules()));
    }

    /** The programme office's rating for P01, shown beside the indicative one on its page. */
    public static final org.sendpmo.confidence.AssessedConfidence ASSESSED = new org.sendpmo.confidence.AssessedConfidence(
            org.sendpmo.confidence.ConfidenceRating.AMBER, "Programme office", LocalDate.of(2026, 11, 20),
            "Recruitment <delayed> until January");

    /** The risk assessor with v1's settings (bands 1–6, 8–12, 15–25; appetite 12; reviews 30/90/180 days). */
    static org.sendpmo.risk.RiskAssessor indicatorsRisks() {
        return new org.sendpmo.risk.RiskAssessor(new org.sendpmo.risk.RiskSettings(List.of(
                new org.sendpmo.risk.RatingBand(org.sendpmo.risk.RiskRating.LOW, 1, 6),
                new org.sendpmo.risk.RatingBand(org.sendpmo.risk.RiskRating.MEDIUM, 8, 12),
                new org.sendpmo.risk.RatingBand(org.sendpmo.risk.RiskRating.HIGH, 15, 25)), 12, java.util.Map.of(),
                java.util.Map.of(org.sendpmo.risk.RiskRating.HIGH, 30, org.sendpmo.risk.RiskRating.MEDIUM, 90,
                        org.sendpmo.risk.RiskRating.LOW, 180)));
    }

    /** v1's delivery confidence settings, each rating with a test definition. */
    static org.sendpmo.confidence.ConfidenceSettings confidenceSettings() {
        java.util.Map<org.sendpmo.confidence.ConfidenceRating, String> definitions =
                new java.util.EnumMap<>(org.sendpmo.confidence.ConfidenceRating.class);
        for (org.sendpmo.confidence.ConfidenceRating r : org.sendpmo.confidence.ConfidenceRating.values()) {
            definitions.put(r, r.label() + " (test definition)");
        }
        return new org.sendpmo.confidence.ConfidenceSettings(org.sendpmo.confidence.ConfidenceScale.FIVE_POINT, definitions, 60);
    }

    /** The method page's rules: test RAG definitions, v1's confidence settings and timetable, rank moves of 3. */
    static org.sendpmo.pack.MethodRules methodRules() {
        java.util.Map<Rag, String> rag = new java.util.EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            rag.put(r, r.label() + " (test RAG definition)");
        }
        return new org.sendpmo.pack.MethodRules(new org.sendpmo.returns.RagDefinitions(rag), confidenceSettings(),
                new org.sendpmo.cycle.ReturnScheduleSettings(10, 5), 3);
    }

    /** The indicator services with v1's settings and the real England and Wales calendar. */
    static org.sendpmo.pack.CycleIndicators indicators() {
        return new org.sendpmo.pack.CycleIndicators(
                new org.sendpmo.cycle.ReturnScheduler(new org.sendpmo.cycle.WorkingDays(
                        new org.sendpmo.adapters.calendar.JollydayEnglandWalesCalendar()),
                        new org.sendpmo.cycle.ReturnScheduleSettings(10, 5)),
                new org.sendpmo.returns.ReturnStatusService(), new org.sendpmo.returns.DataQualityScorer(),
                indicatorsRisks(),
                new org.sendpmo.confidence.DeliveryConfidenceRater(confidenceSettings()));
    }
}
