package org.sendpmo.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Methodology v1's defaults (methodology.md §1), built in the test so the domain holds no defaults of its own. */
public final class TestMethodology {

    private TestMethodology() {
    }

    public static Methodology v1() {
        Map<Criterion, CriterionRule> rules = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            boolean cost = c == Criterion.C07 || c == Criterion.C08 || c == Criterion.C09 || c == Criterion.C10;
            BigDecimal weight = c == Criterion.C01 ? BigDecimal.valueOf(2) : BigDecimal.ONE;
            rules.put(c, new CriterionRule(c, cost ? Direction.COST : Direction.BENEFIT, weight,
                    List.of("very low", "low", "medium", "high", "very high")));
        }
        return new Methodology("v1", rules, new BigDecimal("65"), new BigDecimal("40"));
    }
}
