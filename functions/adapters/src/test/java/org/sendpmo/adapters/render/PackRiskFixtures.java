package org.sendpmo.adapters.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.risk.ActionStatus;
import org.sendpmo.risk.Control;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.EntryType;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.KriPolarity;
import org.sendpmo.risk.KriReading;
import org.sendpmo.risk.MitigatingAction;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskScore;

/**
 * The fixture pack's risk register at the cut-off (17 November 2026, reporting month October 2026), under
 * v1's rules (appetite 12; reviews within 30, 90 and 180 days). P01 is on no entry, so its page keeps an
 * indicative Green. What each entry is there to show:
 * <ul>
 *   <li>R01: High 4 × 5, outside appetite, escalated to the STSB, a KRI at red; projects P02 and P04.</li>
 *   <li>R02: an issue, also 4 × 5, so that cell counts 2; reviewed 1 September (47 days overdue), an
 *       action due 31 October still open (17 days overdue); project P03.</li>
 *   <li>R03: Medium 3 × 3, a KRI at amber, an action complete; project P04.</li>
 *   <li>R04: programme-level (no project), 5 × 5, escalated to the SRP Programme Board, a KRI with a
 *       September value only (no data for October, so not listed).</li>
 *   <li>R/05: Low, reviewed 1 January (overdue), linked to P99, which is not in the project list; its id
 *       holds a character an HTML id should not.</li>
 *   <li>R06: closed, 5 × 5: counted as closed, on no list and not on the map.</li>
 *   <li>R07: Low, a lower-is-worse KRI at green (not listed); project P05.</li>
 * </ul>
 */
public final class PackRiskFixtures {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private PackRiskFixtures() {
    }

    public static List<RiskEntry> register() {
        return List.of(
                entry("R01", EntryType.RISK, "Project returns <poorly> completed", RiskCategory.DATA_QUALITY, List.of("P02", "P04"),
                        new RiskScore(4, 5), LocalDate.of(2026, 11, 1), List.of(),
                        List.of(kri("Returns below the data-quality threshold (%)", KriPolarity.HIGHER_IS_WORSE, "10", "20", "25", OCTOBER)),
                        EscalationStatus.ESCALATED_TO_STSB, EntryStatus.OPEN),
                entry("R02", EntryType.ISSUE, "Complaints backlog", RiskCategory.COMPLAINTS, List.of("P03"),
                        new RiskScore(4, 5), LocalDate.of(2026, 9, 1),
                        List.of(new MitigatingAction("Clear complaints older than 20 days", "Complaints Manager",
                                LocalDate.of(2026, 10, 31), ActionStatus.IN_PROGRESS)),
                        List.of(), EscalationStatus.NONE, EntryStatus.OPEN),
                entry("R03", EntryType.RISK, "Specialist recruitment", RiskCategory.RECRUITMENT_WORKFORCE, List.of("P04"),
                        new RiskScore(3, 3), LocalDate.of(2026, 10, 1),
                        List.of(new MitigatingAction("Agree a market supplement", "HR Business Partner",
                                LocalDate.of(2026, 9, 1), ActionStatus.COMPLETE)),
                        List.of(kri("Vacancy rate (%)", KriPolarity.HIGHER_IS_WORSE, "8", "12", "9", OCTOBER)),
                        EscalationStatus.NONE, EntryStatus.OPEN),
                entry("R04", EntryType.RISK, "High Needs deficit grows faster than the Safety Valve plan", RiskCategory.FINANCE_HIGH_NEEDS,
                        List.of(), new RiskScore(5, 5), LocalDate.of(2026, 11, 10), List.of(),
                        List.of(kri("In-year overspend (£m)", KriPolarity.HIGHER_IS_WORSE, "40", "50", "55", OCTOBER.minusMonths(1))),
                        EscalationStatus.ESCALATED_TO_SRP_BOARD, EntryStatus.OPEN),
                entry("R/05", EntryType.RISK, "Parents do not hear about changes", RiskCategory.COMMUNICATIONS, List.of("P99"),
                        new RiskScore(2, 2), LocalDate.of(2026, 1, 1), List.of(), List.of(), EscalationStatus.NONE, EntryStatus.OPEN),
                entry("R06", EntryType.RISK, "Closed risk", RiskCategory.DEMAND, List.of("P04"),
                        new RiskScore(5, 5), LocalDate.of(2026, 11, 1), List.of(), List.of(), EscalationStatus.NONE, EntryStatus.CLOSED),
                entry("R07", EntryType.RISK, "Forum attendance falls", RiskCategory.PARTNERSHIP, List.of("P05"),
                        new RiskScore(1, 3), LocalDate.of(2026, 11, 1), List.of(),
                        List.of(kri("Parents attending (count)", KriPolarity.LOWER_IS_WORSE, "20", "10", "35", OCTOBER)),
                        EscalationStatus.NONE, EntryStatus.OPEN));
    }

    /**
     * The register at the previous cycle's cut-off (20 October 2026): R01 was Medium 3 × 3 and not escalated, R02
     * was not on it, R06 was still open; the rest as now.
     */
    public static List<RiskEntry> previousRegister() {
        return register().stream().filter(e -> !e.id().equals("R02")).map(e -> switch (e.id()) {
            case "R01" -> entry("R01", EntryType.RISK, e.title(), e.category(), e.projectIds(), new RiskScore(3, 3),
                    LocalDate.of(2026, 10, 1), List.of(), e.kris(), EscalationStatus.NONE, EntryStatus.OPEN);
            case "R06" -> entry("R06", EntryType.RISK, e.title(), e.category(), e.projectIds(), e.current(),
                    e.lastReviewed(), List.of(), List.of(), EscalationStatus.NONE, EntryStatus.OPEN);
            default -> e;
        }).toList();
    }

    /** {@code count} open risks, each High 4 × 5 (outside appetite) and on one project, P0001 upwards, as LongPackFixtures names them. */
    public static List<RiskEntry> outsideAppetite(int count) {
        List<RiskEntry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(entry(String.format("L%04d", i), EntryType.RISK, "Long-list risk " + i, RiskCategory.DEMAND,
                    List.of(String.format("P%04d", i)), new RiskScore(4, 5), LocalDate.of(2026, 11, 1), List.of(), List.of(),
                    EscalationStatus.NONE, EntryStatus.OPEN));
        }
        return entries;
    }

    private static RiskEntry entry(String id, EntryType type, String title, RiskCategory category, List<String> projects,
                                   RiskScore current, LocalDate reviewed, List<MitigatingAction> actions, List<Kri> kris,
                                   EscalationStatus escalation, EntryStatus status) {
        return new RiskEntry(id, type, title, "Cause, event and effect of " + id, category, "Programme Manager", projects,
                Set.of(ImprovementArea.C1), new RiskScore(5, 5), current, new RiskScore(2, 2),
                List.of(new Control("Monthly review at the Operational Group", Control.Effectiveness.PARTIALLY_EFFECTIVE)),
                actions, kris, escalation, reviewed, status);
    }

    private static Kri kri(String name, KriPolarity polarity, String amber, String red, String value, YearMonth month) {
        return new Kri(name, polarity, new BigDecimal(amber), new BigDecimal(red), new KriReading(new BigDecimal(value), month));
    }
}
