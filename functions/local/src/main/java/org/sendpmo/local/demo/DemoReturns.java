package org.sendpmo.local.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnFinance;
import org.sendpmo.returns.SafetyValveImpact;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

/**
 * Deterministic synthetic returns: the same project and month always give the same return, so the
 * demo pack is reproducible. Each project has a stable scoring profile that drifts by at most one
 * step a month; about one return in fifteen is missing and a few projects leave criteria unscored.
 * Returns also carry percent complete (rising month by month; a few projects leave it blank), finance
 * (a stable profile per project; every fifth project gives no figures, and Finance assures the figures
 * of most of the rest after their first few months), the project's own improvement areas and, for most
 * projects with areas, a value of one or two of their areas' KPIs (about one month in six has none, so
 * the data-quality check "no KPI value for the month" has both outcomes).
 */
public final class DemoReturns {

    private static final String[] PROGRESS = {
        "Workstream meetings held as planned; actions from last month closed.",
        "Recruitment to the two new posts completed; induction under way.",
        "Data analysis finished and shared with the Operational Group.",
        "Consultation with Kent PACT parents and carers completed; findings being written up.",
        "Pilot running in two districts; early feedback from schools is positive.",
        "Delay while the specification is agreed with health partners.",
        "Business case drafted and with Finance for assurance.",
        "Training sessions delivered to SENCOs; attendance above target.",
    };
    private static final String[] RISKS = {
        "Recruitment to specialist posts is slow",
        "Dependency on NHS partner capacity",
        "Savings profile not yet assured by Finance",
        "School engagement varies across districts",
        "System changes needed in Synergy",
    };

    private DemoReturns() {
    }

    /** The return for the project and month, or null when the demo has it missing. */
    public static ProjectReturn returnFor(Project project, int projectIndex, YearMonth month) {
        Random monthly = new Random(projectIndex * 7919L + month.getYear() * 12L + month.getMonthValue());
        if (monthly.nextInt(15) == 0) {
            return null;
        }
        int monthsIn = monthsSinceStart(month);
        Rag rag = rag(monthly);
        String commentary = month + ": " + PROGRESS[monthly.nextInt(PROGRESS.length)];
        List<String> risks = new ArrayList<>();
        for (int i = 0; i < 1 + monthly.nextInt(2); i++) {
            risks.add(RISKS[(projectIndex + i + monthsIn) % RISKS.length]);
        }
        return new ProjectReturn(project.id(), month, rag, commentary, milestones(projectIndex, month, monthly), risks,
                scores(projectIndex, monthsIn), "Project lead, " + project.id())
                .with(percentComplete(projectIndex, monthsIn), finance(projectIndex, monthsIn), project.improvementAreas(),
                        kpiValues(project, projectIndex, month));
    }

    private static BigDecimal percentComplete(int projectIndex, int monthsIn) {
        if (projectIndex % 7 == 3) {
            return null;
        }
        int start = projectIndex * 13 % 30;
        return BigDecimal.valueOf(Math.min(100, start + monthsIn * (4 + projectIndex % 5)));
    }

    /** A stable profile per project, in thousands of pounds; the figures are assured from a month that varies by project. */
    private static ReturnFinance finance(int projectIndex, int monthsIn) {
        if (projectIndex % 5 == 4) {
            return ReturnFinance.NONE;
        }
        Random profile = new Random(5000L + projectIndex);
        long shortTerm = 5L * profile.nextInt(101);
        long longTerm = shortTerm * (2 + profile.nextInt(4)) + 5L * profile.nextInt(40);
        long cost = 20L + 5L * profile.nextInt(77);
        SafetyValveImpact impact = SafetyValveImpact.values()[profile.nextInt(SafetyValveImpact.values().length)];
        boolean assured = projectIndex % 6 != 1 && monthsIn >= 2 + projectIndex % 5;
        return new ReturnFinance(thousands(shortTerm), thousands(longTerm), thousands(cost), impact, assured);
    }

    private static BigDecimal thousands(long k) {
        return BigDecimal.valueOf(k * 1000);
    }

    /**
     * A value of the first KPI of the project's first improvement area, and for every fifth project the
     * next KPI of that area too; none for projects without areas and in about one month in six.
     */
    private static List<KpiValue> kpiValues(Project project, int projectIndex, YearMonth month) {
        if (project.improvementAreas().isEmpty() || (projectIndex + month.getMonthValue()) % 6 == 0) {
            return List.of();
        }
        ImprovementArea area = project.improvementAreas().stream().sorted().findFirst().orElseThrow();
        List<KpiDefinition> kpis = DemoKpis.all().stream().filter(k -> !k.critical() && k.areas().contains(area)).toList();
        List<KpiValue> values = new ArrayList<>();
        for (int i = 0; i < Math.min(kpis.size(), projectIndex % 5 == 0 ? 2 : 1); i++) {
            values.add(new KpiValue(kpis.get(i).id(),
                    BigDecimal.valueOf(40 + (projectIndex * 7 + month.getMonthValue() * 3 + i * 11) % 50)));
        }
        return values;
    }

    /** When the demo return arrived: a weekday morning early in the month after the reporting month. */
    public static Instant receivedAt(int projectIndex, YearMonth month) {
        LocalDate day = month.plusMonths(1).atDay(2 + projectIndex % 6);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.of(9, 0).plusMinutes(projectIndex * 7L)).atZone(ProgrammeTime.ZONE).toInstant();
    }

    private static int monthsSinceStart(YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(DemoCycles.FIRST_MONTH, month);
    }

    private static Rag rag(Random r) {
        int roll = r.nextInt(10);
        return roll < 5 ? Rag.GREEN : roll < 8 ? Rag.AMBER : Rag.RED;
    }

    private static List<Milestone> milestones(int projectIndex, YearMonth month, Random r) {
        List<Milestone> list = new ArrayList<>();
        LocalDate start = DemoCycles.FIRST_MONTH.atDay(1);
        for (int i = 1; i <= 3; i++) {
            LocalDate baseline = start.plusMonths(projectIndex % 5 + i * 4L).withDayOfMonth(28);
            int slipWeeks = (projectIndex + i) % 4 == 0 ? monthsSinceStart(month) / 3 : 0;
            LocalDate forecast = baseline.plusWeeks(slipWeeks);
            boolean complete = forecast.isBefore(month.atDay(1)) && r.nextInt(5) > 0;
            list.add(new Milestone("Stage " + i + " complete", baseline, forecast, complete));
        }
        return list;
    }

    private static CriterionScores scores(int projectIndex, int monthsIn) {
        Random profile = new Random(1000L + projectIndex);
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            int base = 1 + profile.nextInt(5);
            int drift = new Random(projectIndex * 31L + c.ordinal() * 131L + monthsIn).nextInt(7) == 0 ? 1 : 0;
            scores.put(c, Math.max(1, Math.min(5, base + (monthsIn % 2 == 0 ? drift : -drift))));
        }
        // Four projects have not yet scored their staffing criteria: "assessment incomplete".
        if (projectIndex % 12 == 11) {
            scores.remove(Criterion.C08);
            scores.remove(Criterion.C09);
        }
        return new CriterionScores(scores);
    }
}
