package org.sendpmo.returns;

import java.time.LocalDate;
import java.util.Objects;

/** A milestone with the date first agreed (baseline) and the date now expected (forecast). */
public record Milestone(String name, LocalDate baseline, LocalDate forecast, boolean complete) {

    public Milestone {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("milestone name is required");
        }
        Objects.requireNonNull(baseline, "baseline date of " + name);
        Objects.requireNonNull(forecast, "forecast date of " + name);
    }

    /** Days the forecast has slipped past the baseline (negative when ahead). */
    public long slipDays() {
        return forecast.toEpochDay() - baseline.toEpochDay();
    }
}
