package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The baseline the programme agreed for a KPI, such as MIU's December 2022 figures (domain facts §7.1), kept
 * on the definition and shown beside the computed one ({@link Baseline}: the previous calendar year's mean,
 * which is what trends are judged against).
 *
 * @param value in the KPI's unit
 */
public record AgreedBaseline(YearMonth month, BigDecimal value) {

    public AgreedBaseline {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(value, "value");
    }
}
