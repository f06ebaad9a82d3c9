package org.sendpmo.pack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.board.AttentionItem;
import org.sendpmo.board.AttentionList;
import org.sendpmo.board.ChangeDetector;
import org.sendpmo.board.RiskChanges;
import org.sendpmo.board.CoverageAnalysis;
import org.sendpmo.board.ProjectStanding;
import org.sendpmo.confidence.AssessedConfidence;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnStatus;
import org.sendpmo.scoring.Band;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.PriorityAssessment;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.scoring.RankedProject;
import org.sendpmo.scoring.stability.ProjectStability;
import org.sendpmo.scoring.stability.RankStability;
import org.sendpmo.scoring.stability.StabilityReport;

/** Builds the view model of one cycle's pack from projects and the returns in force at the cut-off. */
public final class PackAssembler {

    private final PriorityScorer scorer;
    private final SiteInfo site;
    private final ChangeDetector changes;
    private final CycleIndicators indicators;
    private final RankStability stability;
    private final RiskChanges riskChanges;
    private final BoardPagesAssembler boardPages;
    private java.util.function.Supplier<org.sendpmo.scoring.Methodology> shownMethodology;

    public PackAssembler(PriorityScorer scorer, SiteInfo site, ChangeDetector changes, CycleIndicators indicators,
                         RankStability stability, RiskChanges riskChanges, BoardPagesAssembler boardPages) {
        this.riskChanges = riskChanges;
        this.boardPages = boardPages;
        this.stability = stability;
        this.scorer = scorer;
        this.site = site;
        this.changes = changes;
        this.indicators = indicators;
        this.shownMethodology = scorer::methodology;
    }

    /**
     * Where the methodology the pack states comes from (the method page, the manifest's digest): by default the
     * scorer's; the product gives the one with the programme office's level descriptors, read as each build starts.
     */
    public PackAssembler showingMethodology(java.util.function.Supplier<org.sendpmo.scoring.Methodology> methodology) {
        this.shownMethodology = java.util.Objects.requireNonNull(methodology);
        return this;
    }

    /**
     * The inputs of one cycle's pack.
     *
     * @param returnsInForce per project, the return used (latest month and version by the cut-off)
     * @param window         every version received by the cut-off for the months statuses and checks look at, with
     *                       the versions they read in full
     * @param register       the risk register as at the cycle's cut-off
     * @param kpiReported    projects with a value of their own KPI for the reporting month, received by the cut-off
     * @param assessed       per project, the programme office's latest assessed delivery confidence for the cycle
     * @param previous       the cycle before, or null when there is none
     * @param kpiDefinitions every KPI the programme tracks
     * @param kpiValues      the latest version of every KPI value (Kent-wide and projects' own) received by the
     *                       cut-off, for months up to the reporting month
     */
    public record Inputs(BoardCycle cycle, String buildId, Instant generatedAt, List<Project> projects,
                         List<RecordedReturn> returnsInForce, ReturnWindow window,
                         List<org.sendpmo.risk.RiskEntry> register, Set<String> kpiReported,
                         Map<String, AssessedConfidence> assessed, PreviousCycle previous,
                         List<org.sendpmo.kpi.KpiDefinition> kpiDefinitions, List<org.sendpmo.kpi.KpiStore.RecordedValue> kpiValues) {
        public Inputs {
            register = List.copyOf(register);
            kpiReported = Set.copyOf(kpiReported);
            assessed = Map.copyOf(assessed);
            kpiDefinitions = List.copyOf(kpiDefinitions);
            kpiValues = List.copyOf(kpiValues);
        }

        /** Inputs of a programme that tracks no KPIs. */
        public Inputs(BoardCycle cycle, String buildId, Instant generatedAt, List<Project> projects,
                      List<RecordedReturn> returnsInForce, ReturnWindow window,
                      List<org.sendpmo.risk.RiskEntry> register, Set<String> kpiReported,
                      Map<String, AssessedConfidence> assessed, PreviousCycle previous) {
            this(cycle, buildId, generatedAt, projects, returnsInForce, window, register, kpiReported, assessed, previous,
                    List.of(), List.of());
        }
    }

    /**
     * The cycle before, with where each project stood in it.
     *
     * @param kpiValuesReplaced for each KPI value revised since this cycle's cut-off, the version it is compared with:
     *                          the one in force at the cut-off (what this cycle's pack showed), or, for a value first
     *                          received after it, the version the revision replaced
     */
    public record PreviousCycle(BoardCycle cycle, List<ProjectStanding> standings, List<org.sendpmo.risk.RiskEntry> register,
                                List<org.sendpmo.kpi.KpiStore.RecordedValue> kpiValuesReplaced) {
        public PreviousCycle {
            standings = List.copyOf(standings);
            register = List.copyOf(register);
            kpiValuesReplaced = List.copyOf(kpiValuesReplaced);
        }

        /** A previous cycle with no KPI value revised since. */
        public PreviousCycle(BoardCycle cycle, List<ProjectStanding> standings, List<org.sendpmo.risk.RiskEntry> register) {
            this(cycle, standings, register, List.of());
        }
    }

    /** Ranks in the previous pack (ranked projects only); null when there is no previous pack. */
    private static Map<String, Integer> previousRanks(PreviousCycle previous) {
        if (previous == null) {
            return null;
        }
        Map<String, Integer> ranks = new HashMap<>();
        previous.standings().stream().filter(s -> s.rank() > 0).forEach(s -> ranks.put(s.projectId(), s.rank()));
        return ranks;
    }

    /** The move in words, so it never rests on an arrow or a colour. */
    static String rankChange(Map<String, Integer> previousRanks, String projectId, int rank) {
        if (previousRanks == null) {
            return "";
        }
        Integer before = previousRanks.get(projectId);
        if (before == null) {
            return "Not ranked before";
        }
        int moved = before - rank;
        return moved == 0 ? "No change" : moved > 0 ? "Up " + moved : "Down " + (-moved);
    }

    /** Where each project stands given these returns, under this assembler's methodology. */
    public List<ProjectStanding> standings(List<Project> projects, List<RecordedReturn> returnsInForce) {
        return new CycleScoring(scorer, projects, returnsInForce).standings();
    }

    public SiteInfo site() {
        return site;
    }

    public static String projectPath(Project project) {
        return "projects/" + project.id() + ".html";
    }

    public PackModel assemble(Inputs in) {
        BoardCycle cycle = in.cycle();
        List<Project> projects = in.projects();
        List<RecordedReturn> returnsInForce = in.returnsInForce();
        PreviousCycle previous = in.previous();
        CycleScoring now = new CycleScoring(scorer, projects, returnsInForce);
        Map<String, CycleIndicators.Indicators> byProject = indicators.compute(cycle, projects, in.window(), in.register(),
                in.kpiReported(), in.assessed());
        List<PackModel.IncompleteRow> incomplete = new ArrayList<>();
        List<PackModel.NoReturnRow> withoutReturn = new ArrayList<>();
        for (Project project : projects) {
            PriorityAssessment a = now.assessments.get(project.id());
            if (a == null) {
                withoutReturn.add(new PackModel.NoReturnRow(project, projectPath(project)));
            } else if (a instanceof PriorityAssessment.Incomplete i) {
                incomplete.add(new PackModel.IncompleteRow(project, i.missing(),
                        now.returns.get(project.id()).content().overallRag().label(), projectPath(project)));
            }
        }
        StabilityReport stable = stability.analyse(now.ranked.stream().map(r -> new RankStability.Candidate(r.subject().id(),
                r.subject().name(), now.returns.get(r.subject().id()).content().scores())).toList());
        Map<String, ProjectStability> stabilityByProject = new HashMap<>();
        stable.projects().forEach(st -> stabilityByProject.put(st.projectId(), st));
        List<PackModel.RankedRow> rows = new ArrayList<>();
        Map<String, Band> bands = new HashMap<>();
        Map<String, Integer> previousRanks = previousRanks(previous);
        for (RankedProject<Project> r : now.ranked) {
            RecordedReturn latest = now.returns.get(r.subject().id());
            bands.put(r.subject().id(), r.assessment().band());
            rows.add(new PackModel.RankedRow(r.rank(), r.subject(), r.assessment().score(), r.assessment().band(),
                    latest.content().overallRag().label(), latest.content().reportingMonth(), projectPath(r.subject()),
                    rankChange(previousRanks, r.subject().id(), r.rank()), stabilityByProject.get(r.subject().id())));
        }
        List<PackModel.ProjectPage> pages = new ArrayList<>();
        for (Project project : projects) {
            pages.add(page(project, now.returns.get(project.id()), now.assessments.get(project.id()),
                    now.ranks.getOrDefault(project.id(), 0), byProject.get(project.id()), stabilityByProject.get(project.id())));
        }
        Instant dataAsAt = returnsInForce.stream().map(RecordedReturn::receivedAt).max(Comparator.naturalOrder()).orElse(null);
        List<ProjectStanding> standings = now.standings().stream()
                .map(st -> withConfidence(st, byProject.get(st.projectId()).confidence())).toList();
        List<org.sendpmo.board.Change> changed = changesSincePrevious(in, standings);
        List<org.sendpmo.board.AreaCoverage> coverage = CoverageAnalysis.of(projects, bands);
        java.time.LocalDate dueDate = indicators.schedule(cycle).dueDate();
        return new PackModel(site, cycle, in.buildId(), in.generatedAt(), dataAsAt, shownMethodology.get(), rows, incomplete,
                withoutReturn, pages, coverage, previous == null ? null : previous.cycle(), changed,
                standings, attention(projects, bands, byProject), dueDate, stable,
                boardPages.assemble(in, coverage, byProject, dueDate, changed));
    }

    /** Project, risk and KPI changes since the previous cycle, in that order; none when there is no previous cycle. */
    private List<org.sendpmo.board.Change> changesSincePrevious(Inputs in, List<ProjectStanding> standings) {
        PreviousCycle previous = in.previous();
        if (previous == null) {
            return List.of();
        }
        Map<String, ProjectStanding> before = new HashMap<>();
        previous.standings().forEach(st -> before.put(st.projectId(), st));
        Map<String, String> names = new HashMap<>();
        in.projects().forEach(p -> names.put(p.id(), p.name()));
        List<org.sendpmo.board.Change> changed = new ArrayList<>(changes.changes(before, standings));
        changed.addAll(riskChanges.between(previous.cycle(), previous.register(), in.cycle(), in.register(), names));
        changed.addAll(KpiRevisions.since(previous.cycle(), in.kpiDefinitions(), in.kpiValues(), previous.kpiValuesReplaced(), names));
        return changed;
    }

    /** The rating in force, and in words what it rests on (the assessment, or the evidence that stepped it down). */
    private static ProjectStanding withConfidence(ProjectStanding standing, org.sendpmo.confidence.ConfidenceView view) {
        String basis = view.assessment().map(a -> "Assessed by " + a.assessedBy() + " on " + a.assessedOn()
                        + (a.note().isBlank() ? "" : ": " + a.note()))
                .orElseGet(() -> view.indicative().reasons().isEmpty() ? "Indicative: no evidence against delivery"
                        : "Indicative: " + view.indicative().reasons().stream()
                        .map(r -> r.factor().label()).collect(java.util.stream.Collectors.joining("; ")));
        return standing.withConfidence(view.inForce(), basis);
    }

    private static List<AttentionItem> attention(List<Project> projects, Map<String, Band> bands,
                                                 Map<String, CycleIndicators.Indicators> byProject) {
        List<AttentionList.Candidate> candidates = new ArrayList<>();
        for (Project p : projects) {
            CycleIndicators.Indicators i = byProject.get(p.id());
            String missing = i.status() instanceof ReturnStatus.Missing m ? m.description() : null;
            // The rating in force: the programme office's when recorded, else the indicative one (methodology §4).
            candidates.add(new AttentionList.Candidate(p, bands.get(p.id()), i.confidence().inForce(),
                    i.exposure().outsideAppetiteCount(), missing));
        }
        return AttentionList.of(candidates);
    }

    private static PackModel.ProjectPage page(Project project, RecordedReturn latest, PriorityAssessment assessment, int rank,
                                              CycleIndicators.Indicators indicators, ProjectStability stability) {
        if (assessment instanceof PriorityAssessment.Scored s) {
            return new PackModel.ProjectPage(project, projectPath(project), latest, rank, s.score(), s.band(),
                    s.contributions(), List.of(), indicators, stability);
        }
        List<Criterion> missing = assessment == null ? List.of() : ((PriorityAssessment.Incomplete) assessment).missing();
        return new PackModel.ProjectPage(project, projectPath(project), latest, 0, null, null, List.of(), missing, indicators,
                null);
    }
}
