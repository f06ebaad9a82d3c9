package org.sendpmo.pack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.PriorityAssessment;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.scoring.RankedProject;
import org.sendpmo.scoring.Ranking;

/** Builds the view model of one cycle's pack from projects and the returns in force at the cut-off. */
public final class PackAssembler {

    private final PriorityScorer scorer;
    private final SiteInfo site;

    public PackAssembler(PriorityScorer scorer, SiteInfo site) {
        this.scorer = scorer;
        this.site = site;
    }

    public SiteInfo site() {
        return site;
    }

    public static String projectPath(Project project) {
        return "projects/" + project.id() + ".html";
    }

    public PackModel assemble(BoardCycle cycle, String buildId, Instant generatedAt, List<Project> projects,
                              List<RecordedReturn> returnsInForce) {
        Map<String, RecordedReturn> byProject = new HashMap<>();
        returnsInForce.forEach(r -> byProject.put(r.content().projectId(), r));
        List<Ranking.Candidate<Project>> candidates = new ArrayList<>();
        Map<String, PriorityAssessment> assessments = new HashMap<>();
        List<PackModel.IncompleteRow> incomplete = new ArrayList<>();
        List<PackModel.NoReturnRow> withoutReturn = new ArrayList<>();
        for (Project project : projects) {
            RecordedReturn latest = byProject.get(project.id());
            if (latest == null) {
                withoutReturn.add(new PackModel.NoReturnRow(project, projectPath(project)));
                continue;
            }
            PriorityAssessment assessment = scorer.assess(latest.content().scores());
            assessments.put(project.id(), assessment);
            if (assessment instanceof PriorityAssessment.Scored scored) {
                candidates.add(new Ranking.Candidate<>(project, project.name(), scored));
            } else {
                incomplete.add(new PackModel.IncompleteRow(project, ((PriorityAssessment.Incomplete) assessment).missing(),
                        latest.content().overallRag().label(), projectPath(project)));
            }
        }
        List<RankedProject<Project>> ranked = Ranking.rank(candidates);
        List<PackModel.RankedRow> rows = new ArrayList<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (RankedProject<Project> r : ranked) {
            RecordedReturn latest = byProject.get(r.subject().id());
            ranks.put(r.subject().id(), r.rank());
            rows.add(new PackModel.RankedRow(r.rank(), r.subject(), r.assessment().score(), r.assessment().band(),
                    latest.content().overallRag().label(), latest.content().reportingMonth(), projectPath(r.subject())));
        }
        List<PackModel.ProjectPage> pages = new ArrayList<>();
        for (Project project : projects) {
            pages.add(page(project, byProject.get(project.id()), assessments.get(project.id()), ranks.getOrDefault(project.id(), 0)));
        }
        Instant dataAsAt = returnsInForce.stream().map(RecordedReturn::receivedAt).max(Comparator.naturalOrder()).orElse(null);
        return new PackModel(site, cycle, buildId, generatedAt, dataAsAt, scorer.methodology(), rows, incomplete,
                withoutReturn, pages);
    }

    private static PackModel.ProjectPage page(Project project, RecordedReturn latest, PriorityAssessment assessment, int rank) {
        if (assessment instanceof PriorityAssessment.Scored s) {
            return new PackModel.ProjectPage(project, projectPath(project), latest, rank, s.score(), s.band(),
                    s.contributions(), List.of());
        }
        List<org.sendpmo.scoring.Criterion> missing = assessment == null
                ? List.of() : ((PriorityAssessment.Incomplete) assessment).missing();
        return new PackModel.ProjectPage(project, projectPath(project), latest, 0, null, null, List.of(), missing);
    }
}
