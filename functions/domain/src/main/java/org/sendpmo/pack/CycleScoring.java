package org.sendpmo.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.board.ProjectStanding;
import org.sendpmo.project.Project;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.PriorityAssessment;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.scoring.RankedProject;
import org.sendpmo.scoring.Ranking;

/**
 * Every project of one cycle scored and ranked from the returns in force at its cut-off. Used for the
 * cycle being built and, the same way, for the previous cycle that changes are measured against.
 */
final class CycleScoring {

    final Map<String, RecordedReturn> returns = new HashMap<>();
    final Map<String, PriorityAssessment> assessments = new HashMap<>();
    final Map<String, Integer> ranks = new HashMap<>();
    final List<RankedProject<Project>> ranked;
    private final List<Project> projects;
    private final String methodologyVersion;

    CycleScoring(PriorityScorer scorer, List<Project> projects, List<RecordedReturn> returnsInForce) {
        this.projects = projects;
        this.methodologyVersion = scorer.methodology().version();
        returnsInForce.forEach(r -> returns.put(r.content().projectId(), r));
        List<Ranking.Candidate<Project>> candidates = new ArrayList<>();
        for (Project project : projects) {
            RecordedReturn latest = returns.get(project.id());
            if (latest == null) {
                continue;
            }
            PriorityAssessment assessment = scorer.assess(latest.content().scores());
            assessments.put(project.id(), assessment);
            if (assessment instanceof PriorityAssessment.Scored scored) {
                candidates.add(new Ranking.Candidate<>(project, project.name(), scored));
            }
        }
        ranked = Ranking.rank(candidates);
        ranked.forEach(r -> ranks.put(r.subject().id(), r.rank()));
    }

    List<ProjectStanding> standings() {
        List<ProjectStanding> standings = new ArrayList<>();
        for (Project p : projects) {
            RecordedReturn r = returns.get(p.id());
            PriorityAssessment a = assessments.get(p.id());
            PriorityAssessment.Scored s = a instanceof PriorityAssessment.Scored scored ? scored : null;
            standings.add(new ProjectStanding(p.id(), p.name(), ranks.getOrDefault(p.id(), 0),
                    s == null ? null : s.score(), s == null ? null : s.band(),
                    r == null ? null : r.content().overallRag(), r == null ? null : r.reference(),
                    r == null ? null : r.content().scores(), methodologyVersion, null, ""));
        }
        return standings;
    }
}
