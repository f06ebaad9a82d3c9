package org.sendpmo.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring rules in force: a version id, a rule per criterion and the band thresholds.
 * Values come from configuration, never from code, so that a pack can say which rules it used.
 *
 * @param highAtLeast   a score at or above this is in the High band (0..100)
 * @param mediumAtLeast a score at or above this (and below {@code highAtLeast}) is Medium
 * @param descriptorsEdited "" when the level descriptors are as configured; otherwise who last edited them in the
 *                          product and when, which the method page states and the manifest's digest covers, so two
 *                          packs under one version never differ silently
 */
public record Methodology(String version, Map<Criterion, CriterionRule> rules,
                          BigDecimal highAtLeast, BigDecimal mediumAtLeast, String descriptorsEdited) {

    /** The rules as configured. */
    public Methodology(String version, Map<Criterion, CriterionRule> rules, BigDecimal highAtLeast, BigDecimal mediumAtLeast) {
        this(version, rules, highAtLeast, mediumAtLeast, "");
    }

    public Methodology {
        Objects.requireNonNull(descriptorsEdited, "descriptorsEdited");
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("methodology version is required");
        }
        Objects.requireNonNull(highAtLeast, "highAtLeast");
        Objects.requireNonNull(mediumAtLeast, "mediumAtLeast");
        if (mediumAtLeast.compareTo(highAtLeast) > 0) {
            throw new IllegalArgumentException("medium threshold " + mediumAtLeast + " is above high " + highAtLeast);
        }
        EnumMap<Criterion, CriterionRule> copy = new EnumMap<>(Criterion.class);
        copy.putAll(rules);
        for (Criterion c : Criterion.values()) {
            CriterionRule rule = copy.get(c);
            if (rule == null) {
                throw new IllegalArgumentException("methodology " + version + " has no rule for " + c.id());
            }
            if (rule.criterion() != c) {
                throw new IllegalArgumentException("rule filed under " + c.id() + " is for " + rule.criterion().id());
            }
        }
        rules = Collections.unmodifiableMap(copy);
    }

    /**
     * The same rules with the level descriptors replaced where {@code descriptors} has text (criterion and score,
     * 1 to 5, to text); weights, directions and bands are unchanged.
     */
    public Methodology withDescriptors(Map<Criterion, Map<Integer, String>> descriptors, String edited) {
        EnumMap<Criterion, CriterionRule> replaced = new EnumMap<>(Criterion.class);
        rules.forEach((c, rule) -> {
            List<String> texts = new java.util.ArrayList<>(rule.descriptors());
            descriptors.getOrDefault(c, Map.of()).forEach((score, text) -> texts.set(score - 1, text));
            replaced.put(c, new CriterionRule(c, rule.direction(), rule.weight(), texts));
        });
        return new Methodology(version, replaced, highAtLeast, mediumAtLeast, edited);
    }

    public CriterionRule rule(Criterion criterion) {
        return rules.get(criterion);
    }

    public List<CriterionRule> orderedRules() {
        return List.copyOf(rules.values());
    }

    public BigDecimal totalWeight() {
        return rules.values().stream().map(CriterionRule::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Band band(BigDecimal score) {
        if (score.compareTo(highAtLeast) >= 0) {
            return Band.HIGH;
        }
        return score.compareTo(mediumAtLeast) >= 0 ? Band.MEDIUM : Band.LOW;
    }
}
