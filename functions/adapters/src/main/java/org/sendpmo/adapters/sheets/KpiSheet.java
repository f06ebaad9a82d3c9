package org.sendpmo.adapters.sheets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendpmo.adapters.sheets.SheetColumn.Kind;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFigure;
import org.sendpmo.kpi.KpiStore;

/**
 * The KPI observations sheet the performance team fills in each month: one row per KPI and month, Kent-wide.
 * A figure that differs from the one recorded for the same KPI and month is a revision and needs its reason;
 * the same figure again changes nothing.
 */
public final class KpiSheet {

    /** How many known ids a message about an unknown KPI lists before it stops. */
    private static final int IDS_LISTED = 40;

    public static final SheetColumn KPI_ID = SheetColumn.text("KPI ID", true, 32,
            "The KPI's id as on the programme's KPI list (the programme office's KPI definitions page)", "CK1");
    public static final SheetColumn MONTH = SheetColumn.of("Month", Kind.MONTH, true,
            "The month the figure is for; not later than the month of upload", "March 2026");
    public static final SheetColumn VALUE = SheetColumn.of("Value", Kind.KPI_VALUE, true,
            "The Kent-wide figure for the month, in the KPI's own unit (a percentage as 42.5)", "310");
    public static final SheetColumn REASON = SheetColumn.text("Revision reason", false, 1000,
            "Required when the figure changes one already recorded for the KPI and month: why it was revised."
                    + " The assurance pack shows it beside the revision", "Late notifications from two districts added");

    public static final SheetSchema SCHEMA = new SheetSchema("KPI observations", "KPI figure", List.of(KPI_ID, MONTH, VALUE, REASON));

    private KpiSheet() {
    }

    /**
     * Reads the figures, or every problem.
     *
     * @param definitions  the programme's KPIs
     * @param inForce      the figure recorded for a KPI and month (Kent-wide), if any
     * @param currentMonth the month of upload: a later month is refused
     */
    public static SheetResult<KpiFigure> parse(byte[] bytes, List<KpiDefinition> definitions,
                                               InForce inForce, YearMonth currentMonth) {
        Map<String, KpiDefinition> kpis = definitions.stream().collect(Collectors.toMap(KpiDefinition::id, d -> d));
        Map<String, Integer> seen = new HashMap<>();
        return SheetParser.parse(bytes, SCHEMA, row -> figure(row, kpis, inForce, currentMonth, seen));
    }

    /** Port to the figures already recorded. */
    public interface InForce {
        Optional<KpiStore.RecordedValue> find(String kpiId, YearMonth month);
    }

    private static KpiFigure figure(SheetRow row, Map<String, KpiDefinition> kpis, InForce inForce, YearMonth currentMonth,
                                    Map<String, Integer> seen) {
        KpiDefinition kpi = kpi(row, kpis);
        YearMonth month = row.month(MONTH);
        if (month != null && month.isAfter(currentMonth)) {
            row.problem(MONTH, row.raw(MONTH), "Month must not be after the month of upload (" + currentMonth
                    + "): a figure cannot be for a month that has not ended; found '" + row.raw(MONTH) + "'");
            month = null;
        }
        BigDecimal value = row.decimal(VALUE);
        if (value != null && kpi != null && !kpi.unit().allows(value)) {
            row.problem(VALUE, row.raw(VALUE), kpi.id() + " is measured in '" + kpi.unit().label() + "', so Value must be "
                    + kpi.unit().accepts() + "; found '" + row.raw(VALUE) + "'");
            value = null;
        }
        String reason = row.text(REASON);
        if (kpi == null || month == null) {
            return null;
        }
        Integer earlier = seen.putIfAbsent(kpi.id() + " " + month, row.number());
        if (earlier != null) {
            row.problem(KPI_ID, row.raw(KPI_ID), kpi.id() + " for " + month + " is already on row " + earlier
                    + ": give each KPI one figure a month, and delete the other row");
            return null;
        }
        if (value == null || row.hasProblems()) {
            return null;
        }
        KpiFigure figure = new KpiFigure(kpi.id(), month, value, reason);
        KpiStore.RecordedValue before = inForce.find(kpi.id(), month).orElse(null);
        if (figure.revises(before) && figure.reason() == null) {
            row.problem(REASON, "", figure.reasonNeeded(before, kpi.unit()) + " in " + REASON.header());
            return null;
        }
        return figure;
    }

    private static KpiDefinition kpi(SheetRow row, Map<String, KpiDefinition> kpis) {
        String id = row.text(KPI_ID);
        if (id.isEmpty()) {
            return null;
        }
        KpiDefinition kpi = kpis.get(id);
        if (kpi == null) {
            kpi = kpis.values().stream().filter(k -> k.id().equalsIgnoreCase(id)).findFirst().orElse(null);
        }
        if (kpi == null) {
            List<String> ids = kpis.keySet().stream().sorted().toList();
            String listed = ids.isEmpty() ? "none is defined yet"
                    : String.join(", ", ids.subList(0, Math.min(IDS_LISTED, ids.size()))) + (ids.size() > IDS_LISTED ? ", …" : "");
            row.problem(KPI_ID, id, "There is no KPI '" + id + "' on the programme's KPI list: use one of " + listed);
        }
        return kpi;
    }
}
