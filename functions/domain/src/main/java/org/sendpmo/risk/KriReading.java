package org.sendpmo.risk;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** A KRI value and the month it is for. */
public record KriReading(BigDecimal value, YearMonth month) {

    public KriReading {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(month, "month");
    }
}
