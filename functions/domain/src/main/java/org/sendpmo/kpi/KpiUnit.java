package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.util.Optional;

/** What a KPI value counts (domain facts §10.4 measure_type), and which numbers it can take. */
public enum KpiUnit {
    COUNT("count"),
    PERCENTAGE("%"),
    AVERAGE_DURATION_WEEKS("weeks"),
    RATE("rate"),
    SCORE("score"),
    NOT_DEFINED("not yet defined");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String label;

    KpiUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a value in this unit must be, in words, for messages and the templates' notes. */
    public String accepts() {
        return switch (this) {
            case COUNT -> "a whole number of 0 or more";
            case PERCENTAGE -> "a percentage from 0 to 100, written as 42.5 (not 0.425 or 42.5%)";
            case AVERAGE_DURATION_WEEKS -> "a number of weeks, 0 or more";
            case RATE -> "a rate of 0 or more";
            case SCORE -> "a number";
            case NOT_DEFINED -> "nothing until the KPI's unit is defined";
        };
    }

    /** Whether a value can be one of this unit's: a count is whole, a percentage 0 to 100, and so on. */
    public boolean allows(BigDecimal value) {
        return switch (this) {
            case COUNT -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
            case PERCENTAGE -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            case AVERAGE_DURATION_WEEKS, RATE -> value.signum() >= 0;
            case SCORE -> true;
            case NOT_DEFINED -> false;
        };
    }

    /** The unit named by its label ("%", "count") or its constant's name ("PERCENTAGE"), ignoring case. */
    public static Optional<KpiUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (KpiUnit u : values()) {
            if (u.label.equalsIgnoreCase(t) || u.name().equalsIgnoreCase(t)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
