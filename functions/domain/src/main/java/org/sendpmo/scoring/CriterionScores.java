package org.sendpmo.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** A project's 1..5 scores against the criteria; a criterion may be unscored. */
public record CriterionScores(Map<Criterion, Integer> scores) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public CriterionScores {
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        scores.forEach((criterion, score) -> {
            if (score == null) {
                return;
            }
            if (score < MIN || score > MAX) {
                throw new IllegalArgumentException(criterion.id() + " score must be 1 to 5: " + score);
            }
            copy.put(criterion, score);
        });
        scores = Collections.unmodifiableMap(copy);
    }

    public static CriterionScores of(int... inOrder) {
        if (inOrder.length > Criterion.values().length) {
            throw new IllegalArgumentException("at most 11 scores");
        }
        EnumMap<Criterion, Integer> map = new EnumMap<>(Criterion.class);
        for (int i = 0; i < inOrder.length; i++) {
            map.put(Criterion.values()[i], inOrder[i]);
        }
        return new CriterionScores(map);
    }

    public OptionalInt score(Criterion criterion) {
        Integer s = scores.get(criterion);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s);
    }

    public List<Criterion> missing() {
        List<Criterion> missing = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            if (!scores.containsKey(c)) {
                missing.add(c);
            }
        }
        return missing;
    }
}
