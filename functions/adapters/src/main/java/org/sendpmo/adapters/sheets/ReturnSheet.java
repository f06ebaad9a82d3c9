package org.sendpmo.adapters.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.adapters.sheets.SheetColumn.Kind;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnDraft;
import org.sendpmo.returns.ReturnValidator;
import org.sendpmo.returns.SafetyValveImpact;
import org.sendpmo.scoring.Criterion;

/**
 * The monthly returns sheet: one row per project and month, every field of a return. Milestones, key
 * risks and KPI values are numbered column groups (Milestone 1 name … Milestone 5 complete, KPI 1 id,
 * KPI 1 value …), so every cell holds one value and can carry its own drop-down.
 */
public final class ReturnSheet {

    public static final int MILESTONES = 5;
    public static final int KEY_RISKS = 5;
    public static final int KPI_VALUES = 3;

    public static final SheetColumn PROJECT_ID = SheetColumn.text("Project ID", true, 20,
            "The project's id in the programme, as on the project list", "P01");
    public static final SheetColumn REPORTING_MONTH = SheetColumn.of("Reporting month", Kind.MONTH, true,
            "The month this return reports on; it cannot be after the current month", "March 2026");
    public static final SheetColumn OVERALL_RAG = SheetColumn.choice("Overall RAG", true,
            Arrays.stream(Rag.values()).map(Rag::label).toList(), "The project's overall red, amber or green status this month");
    public static final SheetColumn COMMENTARY = SheetColumn.text("Progress commentary", true, ReturnValidator.MAX_COMMENTARY,
            "A summary of progress this month", "Pilot started in two schools");
    public static final SheetColumn SUBMITTED_BY = SheetColumn.text("Submitted by", true, 200,
            "The name of the person making the return", "Jo Lead");
    public static final SheetColumn PERCENT_COMPLETE = SheetColumn.of("Percent complete", Kind.PERCENT, false,
            "How far through delivery the project is (domain-facts §10.1)", "45%");
    public static final List<MilestoneColumns> MILESTONE_COLUMNS = milestoneColumns();
    public static final List<SheetColumn> KEY_RISK_COLUMNS = keyRiskColumns();
    public static final Map<Criterion, SheetColumn> SCORE_COLUMNS = scoreColumns();
    public static final SheetColumn SHORT_TERM_SAVINGS = SheetColumn.of("Short-term savings", Kind.AMOUNT, false,
            "Savings expected in the short term, in pounds", "£250,000");
    public static final SheetColumn LONG_TERM_SAVINGS = SheetColumn.of("Long-term savings", Kind.AMOUNT, false,
            "Savings expected in the long term, in pounds", "1.25m");
    public static final SheetColumn COST_TO_DELIVER = SheetColumn.of("Cost to deliver", Kind.AMOUNT, false,
            "What the project costs to deliver, in pounds", "£80,000");
    public static final SheetColumn SAFETY_VALVE_IMPACT = SheetColumn.choice("Safety Valve impact", false,
            Arrays.stream(SafetyValveImpact.values()).map(SafetyValveImpact::label).toList(),
            "The project's impact on the Safety Valve recovery plan");
    public static final SheetColumn IMPROVEMENT_AREAS = SheetColumn.list("Improvement areas", false,
            Arrays.stream(ImprovementArea.values()).map(ImprovementArea::code).toList(),
            "The areas of weakness (C1 to C9) the project addresses", "C1; C6");
    public static final SheetColumn FINANCE_ASSURED = SheetColumn.of("Finance assured", Kind.YES_NO, false,
            "Whether Finance (the Finance Business Partner or SRP Finance Lead) has assured the figures", "No");
    public static final List<KpiColumns> KPI_COLUMNS = kpiColumns();

    public static final SheetSchema SCHEMA = new SheetSchema("Returns", "project return", columns());

    private ReturnSheet() {
    }

    /** The columns of one milestone group. */
    public record MilestoneColumns(SheetColumn name, SheetColumn baseline, SheetColumn forecast, SheetColumn complete) {
        List<SheetColumn> all() {
            return List.of(name, baseline, forecast, complete);
        }
    }

    /** The columns of one KPI value group. */
    public record KpiColumns(SheetColumn kpiId, SheetColumn value) {
        List<SheetColumn> all() {
            return List.of(kpiId, value);
        }
    }

    /** A row read from the sheet: the draft for {@link ReturnValidator}, every field of the return still text. */
    public record ReturnRow(ReturnDraft draft) {
    }

    /** A row that passed the validator as well: the whole return. */
    public record ValidReturn(ProjectReturn value) {
    }

    private static List<MilestoneColumns> milestoneColumns() {
        List<MilestoneColumns> groups = new ArrayList<>();
        for (int i = 1; i <= MILESTONES; i++) {
            groups.add(new MilestoneColumns(
                    SheetColumn.text("Milestone " + i + " name", true, ReturnValidator.MAX_LINE,
                            "Milestone " + i + ": what will be delivered (leave the whole group blank if unused)", "Pilot in two schools"),
                    SheetColumn.of("Milestone " + i + " baseline", Kind.DATE, true, "The date first agreed for milestone " + i, "30/06/2026"),
                    SheetColumn.of("Milestone " + i + " forecast", Kind.DATE, true, "The date milestone " + i + " is now expected", "15-Jul-2026"),
                    SheetColumn.of("Milestone " + i + " complete", Kind.YES_NO, true, "Whether milestone " + i + " is complete", "No")));
        }
        return List.copyOf(groups);
    }

    private static List<SheetColumn> keyRiskColumns() {
        List<SheetColumn> cols = new ArrayList<>();
        for (int i = 1; i <= KEY_RISKS; i++) {
            cols.add(SheetColumn.text("Key risk or issue " + i, false, ReturnValidator.MAX_LINE,
                    "A key risk or issue this month, in a sentence (the full register is uploaded separately)", "Recruitment is late"));
        }
        return List.copyOf(cols);
    }

    private static List<KpiColumns> kpiColumns() {
        List<KpiColumns> groups = new ArrayList<>();
        for (int i = 1; i <= KPI_VALUES; i++) {
            groups.add(new KpiColumns(
                    SheetColumn.text("KPI " + i + " id", true, 32, "KPI " + i + ": the KPI's id as on the programme's KPI list,"
                            + " such as K21 or CK3 (leave the whole group blank if unused)", "K21"),
                    SheetColumn.of("KPI " + i + " value", Kind.KPI_VALUE, true,
                            "The project's value of KPI " + i + " for the reporting month, in the KPI's own unit", "42.5")));
        }
        return List.copyOf(groups);
    }

    private static Map<Criterion, SheetColumn> scoreColumns() {
        Map<Criterion, SheetColumn> cols = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            cols.put(c, SheetColumn.whole(c.name() + " score", false, 1, 5,
                    c.name() + ": " + c.title() + " (methodology §1); blank if not yet assessed"));
        }
        return cols;
    }

    private static List<SheetColumn> columns() {
        List<SheetColumn> cols = new ArrayList<>(List.of(PROJECT_ID, REPORTING_MONTH, OVERALL_RAG, COMMENTARY, SUBMITTED_BY,
                PERCENT_COMPLETE));
        MILESTONE_COLUMNS.forEach(g -> cols.addAll(g.all()));
        cols.addAll(KEY_RISK_COLUMNS);
        cols.addAll(SCORE_COLUMNS.values());
        cols.addAll(List.of(SHORT_TERM_SAVINGS, LONG_TERM_SAVINGS, COST_TO_DELIVER, SAFETY_VALVE_IMPACT, IMPROVEMENT_AREAS,
                FINANCE_ASSURED));
        KPI_COLUMNS.forEach(g -> cols.addAll(g.all()));
        return cols;
    }

    /**
     * Reads a returns sheet into drafts (values normalised: months as 2026-03, dates ISO, percent complete
     * as 45 for 45%, amounts as plain pounds), or every problem.
     */
    public static SheetResult<ReturnRow> parse(byte[] bytes) {
        return SheetParser.parse(bytes, SCHEMA, ReturnSheet::row);
    }

    private static ReturnRow row(SheetRow row) {
        String projectId = row.text(PROJECT_ID);
        YearMonth month = row.month(REPORTING_MONTH);
        String rag = row.choice(OVERALL_RAG);
        String commentary = row.text(COMMENTARY);
        String submittedBy = row.text(SUBMITTED_BY);
        BigDecimal percent = row.percent(PERCENT_COMPLETE);
        List<ReturnDraft.MilestoneDraft> milestones = new ArrayList<>();
        for (MilestoneColumns g : MILESTONE_COLUMNS) {
            if (row.allBlank(g.all())) {
                // kept so that the validator's milestones[i] is group i + 1; it skips blank drafts
                milestones.add(new ReturnDraft.MilestoneDraft("", "", "", ""));
                continue;
            }
            String name = row.text(g.name());
            LocalDate baseline = row.date(g.baseline());
            LocalDate forecast = row.date(g.forecast());
            Boolean complete = row.yesNo(g.complete());
            milestones.add(new ReturnDraft.MilestoneDraft(name, iso(baseline), iso(forecast),
                    complete == null ? "" : complete ? "yes" : "no"));
        }
        List<String> risks = new ArrayList<>();
        KEY_RISK_COLUMNS.forEach(c -> {
            String r = row.text(c);
            if (!r.isEmpty()) {
                risks.add(r);
            }
        });
        Map<String, String> scores = new HashMap<>();
        SCORE_COLUMNS.forEach((c, col) -> {
            Integer s = row.whole(col);
            if (s != null) {
                scores.put(c.id(), String.valueOf(s));
            }
        });
        BigDecimal shortTerm = row.amount(SHORT_TERM_SAVINGS);
        BigDecimal longTerm = row.amount(LONG_TERM_SAVINGS);
        BigDecimal cost = row.amount(COST_TO_DELIVER);
        String sv = row.choice(SAFETY_VALVE_IMPACT);
        List<String> areas = row.list(IMPROVEMENT_AREAS);
        Boolean assured = row.yesNo(FINANCE_ASSURED);
        List<ReturnDraft.KpiValueDraft> kpis = new ArrayList<>();
        for (KpiColumns g : KPI_COLUMNS) {
            if (row.allBlank(g.all())) {
                // kept so that the validator's kpiValues[i] is group i + 1; it skips blank drafts
                kpis.add(new ReturnDraft.KpiValueDraft("", ""));
                continue;
            }
            kpis.add(new ReturnDraft.KpiValueDraft(row.text(g.kpiId()), plain(row.decimal(g.value()))));
        }
        if (row.hasProblems()) {
            return null;
        }
        // the sheet holds percent complete as a fraction (45% is 0.45); a return holds it as 0 to 100
        String percentText = percent == null ? "" : plain(percent.movePointRight(2));
        ReturnDraft.FinanceDraft finance = new ReturnDraft.FinanceDraft(plain(shortTerm), plain(longTerm), plain(cost),
                sv == null ? "" : sv, assured == null ? "" : assured ? "yes" : "no");
        return new ReturnRow(new ReturnDraft(projectId, month.toString(), rag, commentary, milestones, risks, scores, submittedBy,
                percentText, finance, areas, kpis));
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    /**
     * Runs every parsed row through the return validator (known projects, month not in the future,
     * scores), turning its problems into sheet problems on the right row and column; two rows for the
     * same project and month are a problem too.
     */
    public static SheetResult<ValidReturn> validate(SheetResult<ReturnRow> parsed, ReturnValidator validator, YearMonth currentMonth) {
        List<SheetProblem> problems = new ArrayList<>(parsed.problems());
        List<SheetResult.Row<ValidReturn>> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetResult.Row<ReturnRow> r : parsed.rows()) {
            ReturnDraft d = r.value().draft();
            Integer earlier = seen.putIfAbsent(d.projectId() + "|" + d.reportingMonth(), r.row());
            if (earlier != null) {
                problems.add(new SheetProblem(parsed.sheet(), r.row(), PROJECT_ID.header(), d.projectId(),
                        "Project " + d.projectId() + " already has a return for " + d.reportingMonth() + " on row " + earlier
                                + ": a file may hold one return per project and month"));
                continue;
            }
            ReturnValidator.Outcome outcome = validator.validate(d, currentMonth);
            if (outcome instanceof ReturnValidator.Outcome.Valid valid) {
                rows.add(new SheetResult.Row<>(r.row(), new ValidReturn(valid.value())));
            } else {
                for (Problem p : ((ReturnValidator.Outcome.Invalid) outcome).problems()) {
                    problems.add(new SheetProblem(parsed.sheet(), r.row(), columnFor(p.field()), p.value(), p.message()));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(SheetProblem::row));
        return new SheetResult<>(parsed.sheet(), rows, problems);
    }

    /** The sheet column a validator field id refers to: projectId, scores.c01, milestones[0].name, kpiValues[0].value. */
    static String columnFor(String field) {
        switch (field) {
            case "projectId": return PROJECT_ID.header();
            case "reportingMonth": return REPORTING_MONTH.header();
            case "overallRag": return OVERALL_RAG.header();
            case "progressCommentary": return COMMENTARY.header();
            case "submittedBy": return SUBMITTED_BY.header();
            case "keyRisksAndIssues": return "Key risk or issue";
            case "percentComplete": return PERCENT_COMPLETE.header();
            case "improvementAreas": return IMPROVEMENT_AREAS.header();
            case "finance.shortTermSavings": return SHORT_TERM_SAVINGS.header();
            case "finance.longTermSavings": return LONG_TERM_SAVINGS.header();
            case "finance.costToDeliver": return COST_TO_DELIVER.header();
            case "finance.safetyValveImpact": return SAFETY_VALVE_IMPACT.header();
            case "finance.financeAssured": return FINANCE_ASSURED.header();
            case "kpiValues": return "KPI";
            default: break;
        }
        java.util.regex.Matcher kpi = java.util.regex.Pattern.compile("kpiValues\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (kpi.matches()) {
            int i = Integer.parseInt(kpi.group(1));
            if (i < KPI_VALUES) {
                KpiColumns g = KPI_COLUMNS.get(i);
                return "kpiId".equals(kpi.group(2)) ? g.kpiId().header() : g.value().header();
            }
        }
        if (field.startsWith("scores.")) {
            return Criterion.fromId(field.substring(7)).map(c -> SCORE_COLUMNS.get(c).header()).orElse(field);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("milestones\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < MILESTONES) {
                MilestoneColumns g = MILESTONE_COLUMNS.get(i);
                switch (m.group(2)) {
                    case "name": return g.name().header();
                    case "baseline": return g.baseline().header();
                    case "forecast": return g.forecast().header();
                    default: return g.complete().header();
                }
            }
        }
        return field;
    }
}
