package org.sendpmo.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.ImprovementArea;

class DemoKpisTest {

    private final List<KpiDefinition> kpis = DemoKpis.all();

    @Test
    void fiveCriticalAndTwentyNinePerAreaKpisWithUniqueIds() {
        assertEquals(34, kpis.size());
        assertEquals(34, kpis.stream().map(KpiDefinition::id).distinct().count());
        assertEquals(List.of("CK1", "CK2", "CK3", "CK4", "CK5"),
                kpis.stream().filter(KpiDefinition::critical).map(KpiDefinition::id).toList());
        assertTrue(kpis.stream().filter(KpiDefinition::critical).allMatch(k -> k.polarity() == Polarity.LOWER_IS_BETTER),
                "all five critical KPIs should go down");
    }

    @Test
    void everyAreaButC4AndC7HasAKpi() {
        Set<ImprovementArea> covered = kpis.stream().flatMap(k -> k.areas().stream()).collect(Collectors.toSet());
        assertEquals(EnumSet.complementOf(EnumSet.of(ImprovementArea.C4, ImprovementArea.C7)), EnumSet.copyOf(covered));
    }

    @Test
    void onlyTheUnstatedOnesHaveNoDirection() {
        assertEquals(List.of("K27", "K28"),
                kpis.stream().filter(k -> k.polarity() == Polarity.NOT_STATED).map(KpiDefinition::id).toList());
    }
}
