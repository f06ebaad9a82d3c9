package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;

/**
 * Test fixture: the 5 critical KPIs and a few per-area KPIs from domain facts §7, enough to cover
 * both polarities and an unstated one. The full list for the demo is DemoKpis in functions/local.
 */
final class KpiCatalogue {

    static final KpiDefinition CK1 = critical("CK1", "EHCPs issued");
    static final KpiDefinition CK2 = critical("CK2", "Number of SEND open and overdue complaints");
    static final KpiDefinition CK3 = critical("CK3", "Number of annual reviews waiting over 12 months");
    static final KpiDefinition CK4 = critical("CK4", "Number of CYP in Specialist Schools from Year 12 onwards");
    static final KpiDefinition CK5 = critical("CK5", "Number of CYP in Independent Specialist schools across all years");
    static final KpiDefinition K04 = new KpiDefinition("K04",
            "% of Stage 1 SEND complaints responded to within 20 working days", KpiUnit.PERCENTAGE,
            Polarity.HIGHER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, false,
            EnumSet.of(ImprovementArea.C1, ImprovementArea.C3), KpiTargets.NONE);
    static final KpiDefinition K07 = new KpiDefinition("K07", "Number of appeals lodged with the SEND Tribunal",
            KpiUnit.COUNT, Polarity.LOWER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, false,
            EnumSet.of(ImprovementArea.C1, ImprovementArea.C3, ImprovementArea.C9), KpiTargets.NONE);
    static final KpiDefinition K27 = new KpiDefinition("K27", "Number of CETRs (with and without EHCP)", KpiUnit.COUNT,
            Polarity.NOT_STATED, "Health", KpiFrequency.MONTHLY, false, Set.of(ImprovementArea.C8), null);

    static final List<KpiDefinition> ALL = List.of(CK1, CK2, CK3, CK4, CK5, K04, K07, K27);

    private KpiCatalogue() {
    }

    private static KpiDefinition critical(String id, String name) {
        return new KpiDefinition(id, name, KpiUnit.COUNT, Polarity.LOWER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, true,
                Set.of(), KpiTargets.NONE);
    }

    static KpiDefinition withTargets(KpiDefinition kpi, String at3, String at6, String at12) {
        return new KpiDefinition(kpi.id(), kpi.name(), kpi.unit(), kpi.polarity(), kpi.owner(), kpi.frequency(),
                kpi.critical(), kpi.areas(), new KpiTargets(decimal(at3), decimal(at6), decimal(at12)));
    }

    static KpiDefinition withPolarity(KpiDefinition kpi, Polarity polarity) {
        return new KpiDefinition(kpi.id(), kpi.name(), kpi.unit(), polarity, kpi.owner(), kpi.frequency(),
                kpi.critical(), kpi.areas(), kpi.targets());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
