package org.sendpmo.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

/** Turns a draft into a return, or into the list of every problem with it, each on its field. */
public final class ReturnValidator {

    public static final int MAX_COMMENTARY = 5000;
    public static final int MAX_LINE = 500;
    public static final int MAX_MILESTONES = 20;
    public static final int MAX_RISKS = 20;
    public static final int MAX_KPI_VALUES = 20;
    /** How many known KPI ids a message lists before it stops. */
    private static final int KPI_IDS_LISTED = 40;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final YearMonth EARLIEST = YearMonth.of(2020, 1);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ProjectDirectory projects;
    private final Supplier<Set<String>> knownKpiIds;

    /** A validator for a programme with no KPIs defined: a return with KPI values is rejected. */
    public ReturnValidator(ProjectDirectory projects) {
        this(projects, Set::of);
    }

    /**
     * @param knownKpiIds the ids of the programme's KPIs, asked each time a return carries KPI values
     *                    (so a KPI defined after start-up is known at once)
     */
    public ReturnValidator(ProjectDirectory projects, Supplier<Set<String>> knownKpiIds) {
        this.projects = projects;
        this.knownKpiIds = knownKpiIds;
    }

    public sealed interface Outcome {
        record Valid(ProjectReturn value) implements Outcome {
        }

        record Invalid(List<Problem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /** @param currentMonth the month the return arrives in: a return cannot be for a later month */
    public Outcome validate(ReturnDraft draft, YearMonth currentMonth) {
        List<Problem> problems = new ArrayList<>();
        String projectId = trim(draft.projectId());
        if (projectId.isEmpty()) {
            problems.add(new Problem("projectId", "", "Select the project this return is for"));
        } else if (projects.find(projectId).isEmpty()) {
            problems.add(new Problem("projectId", projectId,
                    "There is no project " + projectId + " in the programme: select one from the list"));
        }
        YearMonth month = month(draft.reportingMonth(), currentMonth, problems);
        Rag rag = rag(draft.overallRag(), problems);
        String commentary = trim(draft.progressCommentary());
        if (commentary.isEmpty()) {
            problems.add(new Problem("progressCommentary", "", "Enter a summary of progress this month"));
        } else if (commentary.length() > MAX_COMMENTARY) {
            problems.add(new Problem("progressCommentary", commentary.substring(0, 40) + "…",
                    "Progress commentary must be " + MAX_COMMENTARY + " characters or fewer; it has " + commentary.length()));
        }
        BigDecimal percent = percentComplete(draft.percentComplete(), problems);
        List<Milestone> milestones = milestones(draft.milestones(), problems);
        List<String> risks = risks(draft.keyRisksAndIssues(), problems);
        Set<ImprovementArea> areas = improvementAreas(draft.improvementAreas(), problems);
        List<KpiValue> kpiValues = kpiValues(draft.kpiValues(), problems);
        ReturnFinance finance = finance(draft.finance(), problems);
        CriterionScores scores = scores(draft.scores(), problems);
        String submittedBy = trim(draft.submittedBy());
        if (submittedBy.isEmpty()) {
            problems.add(new Problem("submittedBy", "", "Enter your name"));
        } else if (submittedBy.length() > 200) {
            problems.add(new Problem("submittedBy", submittedBy.substring(0, 40) + "…", "Your name must be 200 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        return new Outcome.Valid(new ProjectReturn(projectId, month, rag, commentary, milestones, risks, scores, submittedBy,
                percent, finance, areas, kpiValues));
    }

    /**
     * Checks a return that arrived already typed (from the raw bucket, demo data, scripts) against the
     * programme's reference data: its project and the KPIs it gives values for.
     */
    public List<Problem> check(ProjectReturn ret) {
        List<Problem> problems = new ArrayList<>();
        if (projects.find(ret.projectId()).isEmpty()) {
            problems.add(new Problem("projectId", ret.projectId(), "There is no project " + ret.projectId() + " in the programme"));
        }
        if (!ret.kpiValues().isEmpty()) {
            Set<String> known = knownKpiIds.get();
            for (int i = 0; i < ret.kpiValues().size(); i++) {
                String id = ret.kpiValues().get(i).kpiId();
                if (!known.contains(id)) {
                    problems.add(new Problem("kpiValues[" + i + "].kpiId", id, unknownKpi(id, known)));
                }
            }
        }
        return problems;
    }

    private static BigDecimal percentComplete(String raw, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> value = number(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text);
        if (value.isEmpty()) {
            problems.add(new Problem("percentComplete", text,
                    "Percent complete must be a number from 0 to 100, for example 45, or left blank"));
            return null;
        }
        if (value.get().signum() < 0 || value.get().compareTo(ProjectReturn.MAX_PERCENT) > 0) {
            problems.add(new Problem("percentComplete", text, "Percent complete must be from 0 to 100; it is " + text));
            return null;
        }
        return value.get();
    }

    private static Set<ImprovementArea> improvementAreas(List<String> codes, List<Problem> problems) {
        Set<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        for (String raw : codes) {
            String code = trim(raw).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            try {
                areas.add(ImprovementArea.valueOf(code));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("improvementAreas", trim(raw),
                        "Unknown improvement area '" + trim(raw) + "': use C1 to C9"));
            }
        }
        return areas;
    }

    private List<KpiValue> kpiValues(List<ReturnDraft.KpiValueDraft> drafts, List<Problem> problems) {
        List<KpiValue> values = new ArrayList<>();
        long given = drafts.stream().filter(d -> !d.isBlank()).count();
        if (given == 0) {
            return values;
        }
        if (given > MAX_KPI_VALUES) {
            problems.add(new Problem("kpiValues", String.valueOf(given), "A return can give at most " + MAX_KPI_VALUES + " KPI values"));
            return values;
        }
        Set<String> known = knownKpiIds.get();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            ReturnDraft.KpiValueDraft d = drafts.get(i);
            if (d.isBlank()) {
                continue;
            }
            String field = "kpiValues[" + i + "]";
            int n = i + 1;
            String id = trim(d.kpiId());
            boolean idOk = false;
            if (id.isEmpty()) {
                problems.add(new Problem(field + ".kpiId", "", "Select the KPI that KPI value " + n + " is for"));
            } else if (!known.contains(id)) {
                problems.add(new Problem(field + ".kpiId", id, unknownKpi(id, known)));
            } else if (firstAt.containsKey(id)) {
                problems.add(new Problem(field + ".kpiId", id, "KPI " + id + " already has a value (KPI value " + firstAt.get(id)
                        + "): give one value per KPI"));
            } else {
                firstAt.put(id, n);
                idOk = true;
            }
            String what = id.isEmpty() || !idOk ? "KPI value " + n : "the value of KPI " + id;
            String text = trim(d.value());
            Optional<BigDecimal> value = number(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text);
            if (text.isEmpty()) {
                problems.add(new Problem(field + ".value", "", "Enter " + what + " for the month, in the KPI's unit, for example 42.5"));
            } else if (value.isEmpty()) {
                problems.add(new Problem(field + ".value", text, capitalise(what) + " must be a number in the KPI's unit, "
                        + "for example 310 or 42.5 (a percentage as 42.5, not 0.425)"));
            } else if (!KpiValue.inRange(value.get())) {
                problems.add(new Problem(field + ".value", text, capitalise(what) + " must be less than "
                        + KpiValue.MAX_MAGNITUDE.toPlainString() + " in size"));
            } else if (idOk) {
                values.add(new KpiValue(id, value.get()));
            }
        }
        return values;
    }

    private static String unknownKpi(String id, Set<String> known) {
        if (known.isEmpty()) {
            return "There is no KPI " + id + " in the programme: no KPIs are defined yet, so leave the KPI values blank";
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(known));
        String listed = ids.size() <= KPI_IDS_LISTED ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, KPI_IDS_LISTED)) + " and " + (ids.size() - KPI_IDS_LISTED) + " more";
        return "There is no KPI " + id + " in the programme: use one of its KPI ids, " + listed;
    }

    private static ReturnFinance finance(ReturnDraft.FinanceDraft d, List<Problem> problems) {
        BigDecimal shortTerm = amount(d.shortTermSavings(), "finance.shortTermSavings", "Short-term savings", problems);
        BigDecimal longTerm = amount(d.longTermSavings(), "finance.longTermSavings", "Long-term savings", problems);
        BigDecimal cost = amount(d.costToDeliver(), "finance.costToDeliver", "Cost to deliver", problems);
        SafetyValveImpact impact = null;
        String impactText = trim(d.safetyValveImpact());
        if (!impactText.isEmpty()) {
            impact = SafetyValveImpact.parse(impactText).orElse(null);
            if (impact == null) {
                problems.add(new Problem("finance.safetyValveImpact", impactText,
                        "Safety Valve impact must be None, Low, Medium or High, or left blank if not yet assessed"));
            }
        }
        Optional<Boolean> assured = yesNo(d.financeAssured());
        if (assured.isEmpty()) {
            problems.add(new Problem("finance.financeAssured", trim(d.financeAssured()),
                    "Say whether Finance has assured the figures: yes or no"));
        }
        return new ReturnFinance(shortTerm, longTerm, cost, impact, assured.orElse(false));
    }

    /** Pounds: 250000, 250000.50, £250,000; zero or more and below {@link ReturnFinance#MAX_AMOUNT}. */
    private static BigDecimal amount(String raw, String field, String label, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.startsWith("£") ? text.substring(1).strip() : text;
        Optional<BigDecimal> value = number(digits);
        if (value.isEmpty()) {
            problems.add(new Problem(field, text, label + " must be an amount in pounds, for example 250000 or £250,000,"
                    + " or left blank"));
            return null;
        }
        if (value.get().signum() < 0) {
            problems.add(new Problem(field, text, label + " cannot be negative: enter an amount in pounds of 0 or more"));
            return null;
        }
        if (!ReturnFinance.inRange(value.get())) {
            problems.add(new Problem(field, text, label + " must be less than £1,000,000,000,000: enter the amount in pounds"));
            return null;
        }
        return value.get();
    }

    /** A plain decimal number, with or without thousands separators: 310, 42.5, -3, 1,250,000.50. */
    private static Optional<BigDecimal> number(String text) {
        String t = text.strip();
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static YearMonth month(String raw, YearMonth currentMonth, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            problems.add(new Problem("reportingMonth", "", "Enter the month this return reports on, for example 2026-10"));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.isAfter(currentMonth)) {
                problems.add(new Problem("reportingMonth", text,
                        "The reporting month cannot be after the current month, " + currentMonth));
            } else if (month.isBefore(EARLIEST)) {
                problems.add(new Problem("reportingMonth", text, "The reporting month must be " + EARLIEST + " or later"));
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.add(new Problem("reportingMonth", text, "Enter the reporting month as year and month, for example 2026-10"));
            return null;
        }
    }

    private static Rag rag(String raw, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            problems.add(new Problem("overallRag", "", "Select the overall RAG status: Red, Amber or Green"));
            return null;
        }
        try {
            return Rag.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("overallRag", text, "The overall RAG status must be Red, Amber or Green"));
            return null;
        }
    }

    private static List<Milestone> milestones(List<ReturnDraft.MilestoneDraft> drafts, List<Problem> problems) {
        List<Milestone> milestones = new ArrayList<>();
        if (drafts.size() > MAX_MILESTONES) {
            problems.add(new Problem("milestones", String.valueOf(drafts.size()),
                    "A return can list at most " + MAX_MILESTONES + " milestones"));
            return milestones;
        }
        for (int i = 0; i < drafts.size(); i++) {
            ReturnDraft.MilestoneDraft d = drafts.get(i);
            if (d == null || d.isBlank()) {
                continue;
            }
            String field = "milestones[" + i + "]";
            int n = i + 1;
            String name = trim(d.name());
            if (name.isEmpty()) {
                problems.add(new Problem(field + ".name", "", "Enter a name for milestone " + n));
            } else if (name.length() > MAX_LINE) {
                problems.add(new Problem(field + ".name", name.substring(0, 40) + "…",
                        "Milestone " + n + " name must be " + MAX_LINE + " characters or fewer"));
            }
            LocalDate baseline = date(d.baseline(), field + ".baseline", "baseline date of milestone " + n, problems);
            LocalDate forecast = date(d.forecast(), field + ".forecast", "forecast date of milestone " + n, problems);
            Optional<Boolean> complete = yesNo(d.complete());
            if (complete.isEmpty()) {
                problems.add(new Problem(field + ".complete", d.complete(), "Say whether milestone " + n + " is complete: yes or no"));
            }
            if (!name.isEmpty() && name.length() <= MAX_LINE && baseline != null && forecast != null && complete.isPresent()) {
                milestones.add(new Milestone(name, baseline, forecast, complete.get()));
            }
        }
        return milestones;
    }

    private static LocalDate date(String raw, String field, String what, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            problems.add(new Problem(field, "", "Enter the " + what + ", for example 31/3/2027"));
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, text, "The " + what + " must be a real date, for example 31/3/2027"));
            return null;
        }
    }

    private static Optional<Boolean> yesNo(String raw) {
        String text = trim(raw).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "", "no", "false", "n" -> Optional.of(false);
            case "yes", "true", "y", "on" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    private static List<String> risks(List<String> lines, List<Problem> problems) {
        List<String> risks = lines.stream().map(ReturnValidator::trim).filter(s -> !s.isEmpty()).toList();
        if (risks.size() > MAX_RISKS) {
            problems.add(new Problem("keyRisksAndIssues", String.valueOf(risks.size()),
                    "List at most " + MAX_RISKS + " key risks and issues; the full register goes in the risk register upload"));
        }
        for (String risk : risks) {
            if (risk.length() > MAX_LINE) {
                problems.add(new Problem("keyRisksAndIssues", risk.substring(0, 40) + "…",
                        "Each risk or issue must be " + MAX_LINE + " characters or fewer"));
            }
        }
        return risks;
    }

    private static CriterionScores scores(Map<String, String> raw, List<Problem> problems) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        raw.forEach((key, value) -> {
            if (Criterion.fromId(key).isEmpty()) {
                problems.add(new Problem("scores." + key, trim(value), "Unknown criterion '" + key + "': use c01 to c11"));
            }
        });
        for (Criterion c : Criterion.values()) {
            String text = trim(raw.get(c.id()));
            if (text.isEmpty()) {
                continue;
            }
            try {
                int score = Integer.parseInt(text);
                if (score < CriterionScores.MIN || score > CriterionScores.MAX) {
                    throw new NumberFormatException();
                }
                scores.put(c, score);
            } catch (NumberFormatException e) {
                problems.add(new Problem("scores." + c.id(), text,
                        c.title() + " must be a whole number from 1 to 5, or left blank if not yet assessed"));
            }
        }
        return new CriterionScores(scores);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
