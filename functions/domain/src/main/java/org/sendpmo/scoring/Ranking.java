package org.sendpmo.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Standard competition ranking on the score. Among equal scores the display order is
 * c01, then c11 (both higher first), then project name, as methodology §1 sets.
 */
public final class Ranking {

    private Ranking() {
    }

    public record Candidate<T>(T subject, String name, PriorityAssessment.Scored assessment) {
    }

    public static <T> List<RankedProject<T>> rank(List<Candidate<T>> candidates) {
        Function<Candidate<T>, Integer> c01 = c -> criterionScore(c, Criterion.C01);
        Function<Candidate<T>, Integer> c11 = c -> criterionScore(c, Criterion.C11);
        List<Candidate<T>> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing((Candidate<T> c) -> c.assessment().score()).reversed()
                .thenComparing(c01, Comparator.reverseOrder())
                .thenComparing(c11, Comparator.reverseOrder())
                .thenComparing(Candidate::name));
        List<RankedProject<T>> ranked = new ArrayList<>(ordered.size());
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Candidate<T> c = ordered.get(i);
            boolean tiedWithPrevious = i > 0
                    && ordered.get(i - 1).assessment().score().compareTo(c.assessment().score()) == 0;
            if (!tiedWithPrevious) {
                rank = i + 1;
            }
            ranked.add(new RankedProject<>(c.subject(), c.assessment(), rank));
        }
        return ranked;
    }

    private static int criterionScore(Candidate<?> candidate, Criterion criterion) {
        return candidate.assessment().contributions().get(criterion.ordinal()).score();
    }
}
