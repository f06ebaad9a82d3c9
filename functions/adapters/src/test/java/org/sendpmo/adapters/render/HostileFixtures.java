package org.sendpmo.adapters.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.board.ChangeDetector;
import org.sendpmo.board.RiskChanges;
import org.sendpmo.confidence.AssessedConfidence;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiTrendService;
import org.sendpmo.kpi.KpiTrendSettings;
import org.sendpmo.pack.BoardPagesAssembler;
import org.sendpmo.pack.MethodRules;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.SiteInfo;
import org.sendpmo.project.Project;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RagDefinitions;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.risk.Control;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.MitigatingAction;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionRule;
import org.sendpmo.scoring.Methodology;
import org.sendpmo.scoring.PriorityScorer;

/**
 * The fixture pack (with its previous cycle) with a script and an image-with-handler appended to every free-text
 * field: programme and organisation, board, project names and leads, return commentary, milestones, key risks and
 * who submitted, register entry ids, titles, descriptions, owners, linked project ids, controls, actions and KRIs,
 * KPI names and owners, the assessed rating's assessor and note, and the configured descriptors and definitions.
 */
final class HostileFixtures {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    private HostileFixtures() {
    }

    static String h(String text) {
        return text + " " + SCRIPT + IMG;
    }

    static PackModel model() {
        PackAssembler assembler = assembler();
        BoardCycle cycle = board(PackFixtures.CYCLE);
        List<RecordedReturn> september = List.of(PackFixtures.recorded("P04", java.time.YearMonth.of(2026, 9), Rag.GREEN,
                org.sendpmo.scoring.CriterionScores.of(5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 5), "2026-10-09T09:00:00Z"));
        PackAssembler.PreviousCycle previous = new PackAssembler.PreviousCycle(board(PackFixtures.PREVIOUS_CYCLE),
                assembler.standings(projects(), returns(september)), PackRiskFixtures.previousRegister().stream().map(HostileFixtures::risk).toList());
        AssessedConfidence assessed = new AssessedConfidence(ConfidenceRating.AMBER, h("Programme office"),
                PackFixtures.ASSESSED.assessedOn(), h("Recruitment delayed"));
        return assembler.assemble(new PackAssembler.Inputs(cycle, "20261124T151600Z-abc", PackFixtures.GENERATED_AT, projects(),
                returns(PackFixtures.returns()), org.sendpmo.pack.ReturnWindow.of(returns(PackFixtures.returns())),
                PackRiskFixtures.register().stream().map(HostileFixtures::risk).toList(), Set.of("P01"), Map.of("P01", assessed),
                previous, PackKpiFixtures.definitions().stream().map(HostileFixtures::kpi).toList(), PackKpiFixtures.valuesWithRevision()));
    }

    static SiteInfo site() {
        return new SiteInfo(h("SEND Programme"), h("Example Council"));
    }

    private static BoardCycle board(BoardCycle c) {
        return new BoardCycle(c.id(), c.boardCode(), h(c.board()), c.meetingDate(), c.reportingMonth(), c.cutOff());
    }

    private static List<Project> projects() {
        return PackFixtures.projects().stream()
                .map(p -> new Project(p.id(), h(p.name()), p.operationalGroup(), p.improvementAreas(), h(p.lead()))).toList();
    }

    private static List<RecordedReturn> returns(List<RecordedReturn> returns) {
        return returns.stream().map(r -> new RecordedReturn(r.rawKey(), r.version(), r.receivedAt(), content(r.content()))).toList();
    }

    private static ProjectReturn content(ProjectReturn r) {
        return new ProjectReturn(r.projectId(), r.reportingMonth(), r.overallRag(), h(r.progressCommentary()),
                r.milestones().stream().map(m -> new Milestone(h(m.name()), m.baseline(), m.forecast(), m.complete())).toList(),
                r.keyRisksAndIssues().stream().map(HostileFixtures::h).toList(), r.scores(), h(r.submittedBy()),
                r.percentComplete(), r.finance(), r.improvementAreas(), r.kpiValues());
    }

    private static RiskEntry risk(RiskEntry e) {
        List<String> projects = new ArrayList<>(e.projectIds());
        projects.add(h("P98"));
        return new RiskEntry(h(e.id()), e.type(), h(e.title()), h(e.description()), e.category(), h(e.owner()), projects,
                e.improvementAreas(), e.inherent(), e.current(), e.target(),
                e.controls().stream().map(c -> new Control(h(c.description()), c.effectiveness())).toList(),
                e.actions().stream().map(a -> new MitigatingAction(h(a.description()), h(a.owner()), a.dueDate(), a.status())).toList(),
                e.kris().stream().map(k -> new Kri(h(k.name()), k.polarity(), k.amber(), k.red(), k.latest())).toList(),
                e.escalation(), e.lastReviewed(), e.status());
    }

    private static KpiDefinition kpi(KpiDefinition k) {
        return new KpiDefinition(k.id(), h(k.name()), k.unit(), k.polarity(), h(k.owner()), k.frequency(), k.critical(),
                k.areas(), k.targets());
    }

    private static PackAssembler assembler() {
        Methodology plain = PackFixtures.methodology();
        Map<Criterion, CriterionRule> rules = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            CriterionRule r = plain.rule(c);
            rules.put(c, new CriterionRule(c, r.direction(), r.weight(), r.descriptors().stream().map(HostileFixtures::h).toList()));
        }
        Methodology methodology = new Methodology(h("v1"), rules, plain.highAtLeast(), plain.mediumAtLeast());
        return new PackAssembler(new PriorityScorer(methodology), site(), new ChangeDetector(3), PackFixtures.indicators(),
                new org.sendpmo.scoring.stability.RankStability(methodology, new org.sendpmo.scoring.stability.StabilitySettings(
                        500, 7L, 2, new java.math.BigDecimal("0.5"), new java.math.BigDecimal("1.5"), new java.math.BigDecimal("0.90"),
                        new java.math.BigDecimal("0.10"), 3, java.math.BigDecimal.TEN)),
                new RiskChanges(PackFixtures.indicatorsRisks()),
                new BoardPagesAssembler(PackFixtures.indicatorsRisks(), new KpiTrendService(new KpiTrendSettings(java.math.BigDecimal.valueOf(5))),
                        methodRules()));
    }

    private static MethodRules methodRules() {
        Map<Rag, String> rag = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            rag.put(r, h(r.label()));
        }
        ConfidenceSettings plain = PackFixtures.confidenceSettings();
        Map<ConfidenceRating, String> confidence = new EnumMap<>(ConfidenceRating.class);
        plain.definitions().forEach((r, d) -> confidence.put(r, h(d)));
        return new MethodRules(new RagDefinitions(rag), new ConfidenceSettings(plain.scale(), confidence,
                plain.dataQualityThreshold()), new org.sendpmo.cycle.ReturnScheduleSettings(10, 5), 3);
    }
}
