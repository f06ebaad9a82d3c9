package org.sendpmo.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final PriorityScorer scorer = new PriorityScorer(TestMethodology.v1());

    private Ranking.Candidate<String> candidate(String name, int... scores) {
        return new Ranking.Candidate<>(name, name, (PriorityAssessment.Scored) scorer.assess(CriterionScores.of(scores)));
    }

    @Test
    void standardCompetitionRankingWithTheMethodologysDisplayOrderAmongEquals() {
        // B, C and D all score 50.00 (Σ = 24): B has c01 = 4, C and D c01 = 3; D has c11 = 4, C c11 = 3.
        List<RankedProject<String>> ranked = Ranking.rank(List.of(
                candidate("C", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                candidate("D", 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 4),
                candidate("E", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                candidate("B", 4, 3, 3, 3, 3, 3, 3, 3, 4, 4, 3),
                candidate("A", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5),
                candidate("Aa", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        assertEquals(List.of("A", "B", "D", "C", "Aa", "E"), ranked.stream().map(RankedProject::subject).toList());
        assertEquals(List.of(1, 2, 2, 2, 5, 5), ranked.stream().map(RankedProject::rank).toList());
    }
}
