package org.sendpmo.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the performance team's Kent-wide KPI figures. A figure equal to the one in force changes nothing;
 * a different one becomes the next version and must say why (the pack shows the reason beside the
 * revision). The checks run again here, inside the recording transaction, because a figure may have been
 * recorded by someone else between the file being checked and being recorded.
 */
public final class KpiFigureIntake {

    private final KpiStore store;

    public KpiFigureIntake(KpiStore store) {
        this.store = store;
    }

    /** @param recorded figures that became new versions; unchanged: figures equal to the ones in force */
    public record Counts(int recorded, int unchanged) {
    }

    /**
     * Records every figure, in the caller's transaction.
     *
     * @throws IllegalArgumentException naming the figure, when one is for an unknown KPI, is not in its unit or
     *                                  revises a figure without a reason; the caller rolls back
     */
    public Counts recordAll(List<KpiFigure> figures, Instant receivedAt) {
        Map<String, KpiDefinition> kpis = store.definitions().stream()
                .collect(Collectors.toMap(KpiDefinition::id, Function.identity()));
        int recorded = 0;
        int unchanged = 0;
        for (KpiFigure f : figures) {
            KpiDefinition kpi = kpis.get(f.kpiId());
            if (kpi == null) {
                throw new IllegalArgumentException("no KPI is defined with id " + f.kpiId());
            }
            if (!kpi.unit().allows(f.value())) {
                throw new IllegalArgumentException(f.kpiId() + " " + f.month() + ": " + f.value().toPlainString()
                        + " is not " + kpi.unit().accepts());
            }
            KpiStore.RecordedValue inForce = store.latestOf(f.kpiId(), null, f.month()).orElse(null);
            if (inForce != null && !f.revises(inForce)) {
                unchanged++;
                continue;
            }
            if (inForce != null && f.reason() == null) {
                throw new IllegalArgumentException(f.reasonNeeded(inForce, kpi.unit()));
            }
            store.record(f.kpiId(), null, f.month(), f.value(), receivedAt, f.reason());
            recorded++;
        }
        return new Counts(recorded, unchanged);
    }
}
