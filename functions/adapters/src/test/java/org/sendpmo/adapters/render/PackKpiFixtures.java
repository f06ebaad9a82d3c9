package org.sendpmo.adapters.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiObservation;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiTargets;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.ImprovementArea;

/**
 * The fixture pack's KPIs (reporting month October 2026, so the baseline year is 2025):
 * <ul>
 *   <li>CK1 (critical, lower is better): 280 every month of 2025; 270 from January to September 2026
 *       (3.57% lower: stable), 250 in October (10.71% lower: improving). Targets at 3 and 12 months, and an
 *       agreed baseline of 293 (December 2022).</li>
 *   <li>K21 (C6, higher is better, %): 50 every month of 2025, 52 in September 2026, 45 in October
 *       (10% lower: worsening); P02 reported its own value for October.</li>
 *   <li>K27 (C8, direction not stated): values from July 2026 only, so no baseline.</li>
 *   <li>K28 (C8): no value at all.</li>
 * </ul>
 */
public final class PackKpiFixtures {

    private static final Instant RECEIVED = Instant.parse("2026-11-05T09:00:00Z");

    private PackKpiFixtures() {
    }

    public static List<KpiDefinition> definitions() {
        return List.of(
                new KpiDefinition("K21", "% of EHCPs issued within 20 weeks", KpiUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                        "KCC", KpiFrequency.MONTHLY, false, Set.of(ImprovementArea.C6), KpiTargets.NONE),
                new KpiDefinition("CK1", "EHCPs issued", KpiUnit.COUNT, Polarity.LOWER_IS_BETTER, "KCC", KpiFrequency.MONTHLY,
                        true, Set.of(), new KpiTargets(new BigDecimal("260"), null, new BigDecimal("240")),
                        new org.sendpmo.kpi.AgreedBaseline(YearMonth.of(2022, 12), new BigDecimal("293"))),
                new KpiDefinition("K27", "Number of CETRs", KpiUnit.COUNT, Polarity.NOT_STATED, "Health", KpiFrequency.MONTHLY,
                        false, Set.of(ImprovementArea.C8), KpiTargets.NONE),
                new KpiDefinition("K28", "A measure of Speech and Language Therapy numbers", KpiUnit.NOT_DEFINED,
                        Polarity.NOT_STATED, "Health", KpiFrequency.MONTHLY, false, Set.of(ImprovementArea.C8), KpiTargets.NONE));
    }

    public static List<KpiStore.RecordedValue> values() {
        List<KpiStore.RecordedValue> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            values.add(kent("CK1", YearMonth.of(2025, m), "280"));
            values.add(kent("K21", YearMonth.of(2025, m), "50"));
        }
        for (int m = 1; m <= 9; m++) {
            values.add(kent("CK1", YearMonth.of(2026, m), "270"));
        }
        values.add(kent("CK1", YearMonth.of(2026, 10), "250"));
        values.add(kent("K21", YearMonth.of(2026, 9), "52"));
        values.add(kent("K21", YearMonth.of(2026, 10), "45"));
        for (int m = 7; m <= 10; m++) {
            values.add(kent("K27", YearMonth.of(2026, m), String.valueOf(10 + m)));
        }
        values.add(new KpiStore.RecordedValue(new KpiObservation("K21", YearMonth.of(2026, 10), new BigDecimal("61.5"), 1),
                "P02", RECEIVED));
        return values;
    }

    /** Why K21's October value was revised, as the performance team gave it with the revision. */
    public static final String REVISION_REASON = "Two districts' late notifications added";

    /** As {@link #values()}, but K21's October value of 45 is a revision (version 2) received on 5 November, with its reason. */
    public static List<KpiStore.RecordedValue> valuesWithRevision() {
        return values().stream().map(v -> v.programmeLevel() && v.observation().kpiId().equals("K21")
                && v.observation().month().equals(YearMonth.of(2026, 10))
                ? new KpiStore.RecordedValue(new KpiObservation("K21", YearMonth.of(2026, 10), v.observation().value(), 2),
                        null, RECEIVED, REVISION_REASON) : v).toList();
    }

    private static KpiStore.RecordedValue kent(String kpi, YearMonth month, String value) {
        return new KpiStore.RecordedValue(new KpiObservation(kpi, month, new BigDecimal(value), 1), null, RECEIVED);
    }
}
