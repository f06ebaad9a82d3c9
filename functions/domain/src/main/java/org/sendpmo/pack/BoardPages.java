package org.sendpmo.pack;

import java.util.Objects;

/**
 * The pack's board-level pages beyond the home, method and project pages, each a view model the
 * templates only print.
 *
 * @param risks the risk register at the cut-off: heat map and the lists the board acts on
 * @param areas the nine improvement areas with the projects serving each and the gaps
 * @param kpis  every KPI's trend against its baseline, with a chart and its data
 * @param rules the configured definitions and thresholds the method page states
 * @param accessibility the known issues of the pack's accessibility statement
 * @param returns every project's return status and data quality for the cycle
 * @param changes every change since the same board's previous pack, with its cause
 */
public record BoardPages(RiskPage risks, AreasPage areas, KpiPage kpis, MethodRules rules,
                         AccessibilityStatement accessibility, ReturnsPage returns, ChangesPage changes) {

    public BoardPages {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(risks, "risks");
        Objects.requireNonNull(areas, "areas");
    }
}
