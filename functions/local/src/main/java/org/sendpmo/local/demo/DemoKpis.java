package org.sendpmo.local.demo;

import static org.sendpmo.kpi.KpiUnit.COUNT;
import static org.sendpmo.kpi.KpiUnit.NOT_DEFINED;
import static org.sendpmo.kpi.KpiUnit.PERCENTAGE;
import static org.sendpmo.kpi.Polarity.HIGHER_IS_BETTER;
import static org.sendpmo.kpi.Polarity.LOWER_IS_BETTER;
import static org.sendpmo.kpi.Polarity.NOT_STATED;
import static org.sendpmo.project.ImprovementArea.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiTargets;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.ImprovementArea;

/**
 * The KPI catalogue of shared/domain/domain-facts.md §7: the 5 critical KPIs (§7.1, agreed Jan 23,
 * all "down is better") and the 29 per-area KPIs (§7.2, ids K01–K29 assigned there). Polarity of the
 * per-area KPIs is the judgement recorded in §7.2; "n/s" there is {@link Polarity#NOT_STATED}.
 * Frequency: the sources give monthly oversight for the critical KPIs and monthly suspensions data;
 * for the rest no frequency is stated, so monthly is assumed (JUDGEMENT). No targets are set: the
 * sources say they were being worked on with MIU in Feb 23 and give no figures.
 * C4 and C7 have no KPIs in the sources.
 */
public final class DemoKpis {

    private DemoKpis() {
    }

    public static List<KpiDefinition> all() {
        return List.of(
            critical("CK1", "EHCPs issued"),
            critical("CK2", "Number of SEND open and overdue complaints"),
            critical("CK3", "Number of annual reviews waiting over 12 months"),
            critical("CK4", "Number of CYP in Specialist Schools from Year 12 onwards"),
            critical("CK5", "Number of CYP in Independent Specialist schools across all years"),
            area("K01", "% of requests for statutory assessment made by parents/guardians", PERCENTAGE, LOWER_IS_BETTER, "KCC", C1),
            area("K02", "% parents agreeing \"The EHC Plan accurately reflects my child's SEND needs\"", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C1, C6),
            area("K03", "% parents agreeing \"The EHC Plan has led to my child getting the help and support they need\"", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C1, C6),
            area("K04", "% of Stage 1 SEND complaints responded to within 20 working days", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C1, C3),
            area("K05", "% of closed Stage 1 SEND complaints upheld or part upheld", PERCENTAGE, LOWER_IS_BETTER, "KCC", C1, C3),
            area("K06", "% parents agreeing \"The length of time it took to carry out the assessment was reasonable\"", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C1, C3, C6),
            area("K07", "Number of appeals lodged with the SEND Tribunal", COUNT, LOWER_IS_BETTER, "KCC", C1, C3, C9),
            area("K08", "% parents agreeing \"I feel that my child's setting is willing to accommodate children with SEND\"", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C2),
            area("K09", "% parents agreeing \"I feel that my child's setting is able to accommodate children with SEND\"", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C2),
            area("K10", "% of pupils with issued EHCPs placed in a mainstream school", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C2),
            area("K11", "% of CYP with an EHCP subject to a suspension – primary", PERCENTAGE, LOWER_IS_BETTER, "KCC", C2),
            area("K12", "% of CYP with an EHCP subject to a suspension – secondary", PERCENTAGE, LOWER_IS_BETTER, "KCC", C2),
            area("K13", "% of CYP on SEN Support subject to a suspension – primary", PERCENTAGE, LOWER_IS_BETTER, "KCC", C2),
            area("K14", "% of CYP on SEN Support subject to a suspension – secondary", PERCENTAGE, LOWER_IS_BETTER, "KCC", C2),
            area("K15", "% of annual reviews waiting over 12 months", PERCENTAGE, LOWER_IS_BETTER, "KCC", C3, C5, C6, C9),
            area("K16", "% of audited EHCPs rated good or better", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C3, C6),
            area("K17", "% parents agreeing \"My child is making good progress at their setting\"", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C5),
            area("K18", "% of pupils with issued EHCPs awaiting a school placement", PERCENTAGE, LOWER_IS_BETTER, "KCC", C5),
            area("K19", "% parents agreeing they got useful and consistent help and advice from everyone during the EHC needs assessment", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C6, C9),
            area("K20", "% parents agreeing that different services (education, health, care) worked together on the EHC Plan", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C6, C9),
            area("K21", "% of EHCPs issued within 20 weeks", PERCENTAGE, HIGHER_IS_BETTER, "KCC", C6),
            area("K22", "Number of children on the autism diagnostic assessment waiting list at month end", COUNT, LOWER_IS_BETTER, "Health", C8),
            area("K23", "Number of children on the ADHD diagnostic assessment waiting list at month end", COUNT, LOWER_IS_BETTER, "Health", C8),
            area("K24", "Wheelchair assessments, Kent & Medway (children 0–18)", NOT_DEFINED, HIGHER_IS_BETTER, "Health", C8),
            area("K25", "% of young people assessed within 12 weeks (referral to 1st assessment) – Primary – CYP Counselling Service", PERCENTAGE, HIGHER_IS_BETTER, "Health / KCC Public Health", C8),
            area("K26", "% of young people assessed within 12 weeks (referral to 1st assessment) – Adolescent – CYP Counselling Service", PERCENTAGE, HIGHER_IS_BETTER, "Health", C8),
            area("K27", "Number of CETRs (with and without EHCP)", COUNT, NOT_STATED, "Health", C8),
            area("K28", "A measure of Speech and Language Therapy numbers (to be defined)", NOT_DEFINED, NOT_STATED, "Health", C8),
            area("K29", "% of vacancies in the SEND service", PERCENTAGE, LOWER_IS_BETTER, "KCC", C9));
    }

    /** The first month with Kent-wide values: January 2024, so the first demo cycle has a 2024 baseline. */
    public static final java.time.YearMonth KENT_FROM = java.time.YearMonth.of(2024, 1);

    /**
     * A synthetic Kent-wide monthly series for the critical KPIs and a few per-area ones, sized from the
     * figures in domain-facts §7.4: a straight trend from {@code start} (January 2024) by {@code step} a
     * month, with a small deterministic wobble so single months swing as the sources say they do.
     * Some improve, some worsen and some stay stable against their baselines.
     */
    public record KentSeries(String kpiId, double start, double step, double wobble, int decimals) {
        public java.math.BigDecimal value(java.time.YearMonth month) {
            long m = java.time.temporal.ChronoUnit.MONTHS.between(KENT_FROM, month);
            double v = start + step * m + wobble * Math.sin(m * 1.7);
            return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP);
        }
    }

    public static List<KentSeries> kentSeries() {
        return List.of(
            new KentSeries("CK1", 300, -2.5, 12, 0),    // EHCPs issued a month: about 293 in 2021, falling
            new KentSeries("CK2", 110, 1.2, 6, 0),      // open and overdue complaints: rising
            new KentSeries("CK3", 950, -14, 20, 0),     // annual reviews waiting over 12 months: falling
            new KentSeries("CK4", 1450, 0.5, 8, 0),     // CYP in specialist schools from Year 12: stable
            new KentSeries("CK5", 1480, 6, 6, 0),       // CYP in independent specialist schools: rising
            new KentSeries("K16", 47, 0.15, 1.5, 1),    // % of audited EHCPs good or better: about 47% in 2022
            new KentSeries("K21", 42, 0.6, 2, 1),       // % of EHCPs issued within 20 weeks: 42% in Aug 2021
            new KentSeries("K22", 3200, 15, 40, 0),     // autism assessment waiting list: rising
            new KentSeries("K29", 12, -0.02, 0.6, 1));  // % of vacancies in the SEND service: stable
    }

    private static KpiDefinition critical(String id, String name) {
        return new KpiDefinition(id, name, COUNT, LOWER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE);
    }

    private static KpiDefinition area(String id, String name, KpiUnit unit, Polarity polarity, String owner,
                                      ImprovementArea first, ImprovementArea... rest) {
        return new KpiDefinition(id, name, unit, polarity, owner, KpiFrequency.MONTHLY, false, EnumSet.of(first, rest),
                KpiTargets.NONE);
    }
}
