package org.sendpmo.adapters.config;

import io.micronaut.context.exceptions.ConfigurationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionRule;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.Direction;
import org.sendpmo.scoring.Methodology;

/**
 * Turns {@code assurance.methodology} into the domain's {@link Methodology}, refusing bad settings at
 * start-up with every problem named by its full setting path, so the person editing configuration
 * knows exactly what to change.
 */
public final class MethodologyFromConfig {

    private static final String PREFIX = "assurance.methodology";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MethodologyFromConfig() {
    }

    public static Methodology build(MethodologyConfig config, List<CriterionConfig> criteria) {
        List<String> problems = new ArrayList<>();
        if (config.getVersion() == null || config.getVersion().isBlank()) {
            problems.add(PREFIX + ".version is missing: give the methodology a version id such as v1");
        }
        BigDecimal high = threshold(config.getHighAtLeast(), "high-at-least", problems);
        BigDecimal medium = threshold(config.getMediumAtLeast(), "medium-at-least", problems);
        if (high != null && medium != null && medium.compareTo(high) >= 0) {
            problems.add(PREFIX + ".medium-at-least (" + medium + ") must be below " + PREFIX + ".high-at-least (" + high
                    + "): the bands would overlap");
        }
        Map<Criterion, CriterionRule> rules = new EnumMap<>(Criterion.class);
        for (CriterionConfig c : criteria) {
            rule(c, problems).ifPresent(rule -> rules.put(rule.criterion(), rule));
        }
        for (Criterion c : Criterion.values()) {
            boolean named = criteria.stream().anyMatch(cc -> c.id().equalsIgnoreCase(cc.getId()));
            if (!named) {
                problems.add(PREFIX + ".criteria." + c.id() + " is missing: every one of c01 to c11 needs a weight, direction and descriptors");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid methodology configuration:\n  - " + String.join("\n  - ", problems));
        }
        return new Methodology(config.getVersion(), rules, high, medium);
    }

    private static BigDecimal threshold(BigDecimal value, String name, List<String> problems) {
        if (value == null) {
            problems.add(PREFIX + "." + name + " is missing: a score from 0 to 100");
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(PREFIX + "." + name + " must be from 0 to 100, is " + value);
            return null;
        }
        return value;
    }

    private static java.util.Optional<CriterionRule> rule(CriterionConfig c, List<String> problems) {
        String path = PREFIX + ".criteria." + c.getId();
        java.util.Optional<Criterion> criterion = Criterion.fromId(c.getId());
        if (criterion.isEmpty()) {
            problems.add(path + " is not a criterion: use c01 to c11");
            return java.util.Optional.empty();
        }
        int before = problems.size();
        Direction direction = null;
        if (c.getDirection() == null) {
            problems.add(path + ".direction is missing: benefit or cost");
        } else {
            try {
                direction = Direction.valueOf(c.getDirection().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".direction must be benefit or cost, is '" + c.getDirection() + "'");
            }
        }
        if (c.getWeight() == null || c.getWeight().signum() <= 0) {
            problems.add(path + ".weight must be a positive number, is " + c.getWeight());
        }
        if (c.getDescriptors().size() != CriterionScores.MAX) {
            problems.add(path + ".descriptors must list " + CriterionScores.MAX + " level descriptors (for scores 1 to 5), has "
                    + c.getDescriptors().size());
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CriterionRule(criterion.get(), direction, c.getWeight(), c.getDescriptors()));
    }
}
