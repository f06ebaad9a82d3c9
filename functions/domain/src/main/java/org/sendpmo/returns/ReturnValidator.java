package org.sendpmo.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

/** Turns a draft into a return, or into the list of every problem with it, each on its field. */
public final class ReturnValidator {

    public static final int MAX_COMMENTARY = 5000;
    public static final int MAX_LINE = 500;
    public static final int MAX_MILESTONES = 20;
    public static final int MAX_RISKS = 20;
    private static final YearMonth EARLIEST = YearMonth.of(2020, 1);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ProjectDirectory projects;

    public ReturnValidator(ProjectDirectory projects) {
        this.projects = projects;
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
        List<Milestone> milestones = milestones(draft.milestones(), problems);
        List<String> risks = risks(draft.keyRisksAndIssues(), problems);
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
        return new Outcome.Valid(new ProjectReturn(projectId, month, rag, commentary, milestones, risks, scores, submittedBy));
    }

    /** Checks a return that arrived already typed (from the raw bucket) against the programme's reference data. */
    public List<Problem> check(ProjectReturn ret) {
        if (projects.find(ret.projectId()).isEmpty()) {
            return List.of(new Problem("projectId", ret.projectId(), "There is no project " + ret.projectId() + " in the programme"));
        }
        return List.of();
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
