package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.board.ProjectStanding;
import org.sendpmo.board.StandingsArchive;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.returns.Rag;
import org.sendpmo.scoring.Band;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

/** {@link StandingsArchive} in {@code build_standing}, one row per project per build. */
@Singleton
public class JdbcStandingsArchive implements StandingsArchive {

    private final StandingRows rows;
    private final JdbcStorage storage;

    public JdbcStandingsArchive(StandingRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public void save(String buildId, List<ProjectStanding> standings) {
        storage.write(() -> {
            standings.forEach(s -> rows.save(toRow(buildId, s)));
            return null;
        });
    }

    @Override
    public List<ProjectStanding> forBuild(String buildId) {
        return storage.read(() -> rows.forBuild(buildId).stream().map(JdbcStandingsArchive::toStanding).toList());
    }

    private static StandingRow toRow(String buildId, ProjectStanding s) {
        return new StandingRow(new StandingRow.Key(buildId, s.projectId()), s.name(), s.rank(), s.score(),
                s.band() == null ? null : s.band().name(), s.rag() == null ? null : s.rag().name(), s.returnReference(),
                s.scores() == null ? null : encode(s.scores()), s.methodologyVersion(),
                s.confidence() == null ? null : s.confidence().name(), s.confidenceBasis());
    }

    private static ProjectStanding toStanding(StandingRow r) {
        return new ProjectStanding(r.id().projectId(), r.projectName(), r.rank(), r.score(),
                r.band() == null ? null : Band.valueOf(r.band()), r.rag() == null ? null : Rag.valueOf(r.rag()),
                r.returnReference(), r.criterionScores() == null ? null : decode(r.criterionScores()), r.methodologyVersion(),
                r.confidence() == null ? null : ConfidenceRating.valueOf(r.confidence()), r.confidenceBasis());
    }

    static String encode(CriterionScores scores) {
        List<String> parts = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            parts.add(scores.score(c).isPresent() ? String.valueOf(scores.score(c).getAsInt()) : "");
        }
        return String.join(",", parts);
    }

    static CriterionScores decode(String text) {
        String[] parts = text.split(",", -1);
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (int i = 0; i < parts.length && i < Criterion.values().length; i++) {
            if (!parts[i].isEmpty()) {
                scores.put(Criterion.values()[i], Integer.parseInt(parts[i]));
            }
        }
        return new CriterionScores(scores);
    }
}
