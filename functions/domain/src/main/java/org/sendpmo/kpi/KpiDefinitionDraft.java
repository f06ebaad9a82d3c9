package org.sendpmo.kpi;

import java.util.List;

/**
 * A KPI definition as the programme office typed it, every field as text (null or "" when empty), before
 * {@link KpiDefinitionValidator} checks it. Enumerated fields hold the constant's name (PERCENTAGE,
 * HIGHER_IS_BETTER, MONTHLY); the unit may also be its label ("%").
 *
 * @param areas         improvement area codes, C1 to C9
 * @param baselineMonth the agreed baseline's month, yyyy-MM; with {@code baselineValue}, or both empty
 */
public record KpiDefinitionDraft(String id, String name, String unit, String polarity, String owner, String frequency,
                                 boolean critical, List<String> areas, String baselineMonth, String baselineValue,
                                 String target3Months, String target6Months, String target12Months) {

    public KpiDefinitionDraft {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** The draft of an existing definition, for its edit form. */
    public static KpiDefinitionDraft of(KpiDefinition d) {
        return new KpiDefinitionDraft(d.id(), d.name(), d.unit().name(), d.polarity().name(), d.owner(), d.frequency().name(),
                d.critical(), d.areas().stream().map(Enum::name).sorted().toList(),
                d.baseline() == null ? "" : d.baseline().month().toString(),
                d.baseline() == null ? "" : d.baseline().value().toPlainString(),
                text(d.targets().at3Months()), text(d.targets().at6Months()), text(d.targets().at12Months()));
    }

    private static String text(java.math.BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
