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

    private static KpiDefinition critical(String id, String name) {
        return new KpiDefinition(id, name, COUNT, LOWER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE);
    }

    private static KpiDefinition area(String id, String name, KpiUnit unit, Polarity polarity, String owner,
                                      ImprovementArea first, ImprovementArea... rest) {
        return new KpiDefinition(id, name, unit, polarity, owner, KpiFrequency.MONTHLY, false, EnumSet.of(first, rest),
                KpiTargets.NONE);
    }
}
