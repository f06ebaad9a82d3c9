package org.sendpmo.adapters.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sendpmo.adapters.sheets.SheetColumn.Kind;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.ProjectDirectory;
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
 * The risk and issue register sheet (domain-facts §10.3 as modelled by {@link RiskEntry}): one row
 * per entry. Controls, mitigating actions and KRIs are numbered column groups (Action 1 description,
 * owner, due date, status … Action 3), not continuation rows: one entry is then one row, so sorting
 * or filtering in Excel cannot separate an action from its risk, a repeated risk id is always a
 * mistake, and every cell holds one value with its own drop-down.
 */
public final class RiskSheet {

    public static final int CONTROLS = 3;
    public static final int ACTIONS = 3;
    public static final int KRIS = 2;

    public static final SheetColumn ID = SheetColumn.text("Risk ID", true, 30, "The entry's id, unique in the register", "R001");
    public static final SheetColumn TYPE = SheetColumn.choice("Type", true, labels(EntryType.values(), EntryType::label),
            "Risk (may happen) or Issue (has happened)");
    public static final SheetColumn TITLE = SheetColumn.text("Title", true, 300,
            "A short title; cause–event–effect wording is recommended", "Caseworker vacancies delay EHC plans");
    public static final SheetColumn DESCRIPTION = SheetColumn.text("Description", false, 5000,
            "The cause, the event and its effect", "Because of vacancies, plans may be late, so families wait longer");
    public static final SheetColumn CATEGORY = SheetColumn.choice("Category", true, labels(RiskCategory.values(), RiskCategory::label),
            "The register category (sets the appetite)");
    public static final SheetColumn OWNER = SheetColumn.text("Owner", true, 200, "The owner's role (the register names roles, not people)",
            "Head of SEND");
    public static final SheetColumn PROJECTS = SheetColumn.list("Linked projects", false, List.of(),
            "Ids of the projects the entry affects, separated by semicolons; blank for a programme-level entry", "P01; P07");
    public static final SheetColumn AREAS = SheetColumn.list("Improvement areas", false,
            Arrays.stream(ImprovementArea.values()).map(ImprovementArea::code).toList(),
            "The areas of weakness (C1 to C9) the entry bears on", "C6");
    public static final ScoreColumns INHERENT = score("Inherent", "before any controls");
    public static final ScoreColumns CURRENT = score("Current", "now, with the controls in place");
    public static final ScoreColumns TARGET = score("Target", "once the actions are complete");
    public static final List<ControlColumns> CONTROL_COLUMNS = controls();
    public static final List<ActionColumns> ACTION_COLUMNS = actions();
    public static final List<KriColumns> KRI_COLUMNS = kris();
    public static final SheetColumn ESCALATION = SheetColumn.choice("Escalation status", true,
            labels(EscalationStatus.values(), EscalationStatus::label), "Where the entry has been escalated to");
    public static final SheetColumn REVIEWED = SheetColumn.of("Last reviewed", Kind.DATE, true,
            "The date the entry was last reviewed (raising it counts as the first review)", "25/03/2026");
    public static final SheetColumn STATUS = SheetColumn.choice("Status", true, labels(EntryStatus.values(), EntryStatus::label),
            "Open while it is being managed; Closed when it no longer is");

    public static final SheetSchema SCHEMA = new SheetSchema("Risk register", "register entry", columns());

    private RiskSheet() {
    }

    public record ScoreColumns(SheetColumn likelihood, SheetColumn impact) {
    }

    public record ControlColumns(SheetColumn description, SheetColumn effectiveness) {
        List<SheetColumn> all() {
            return List.of(description, effectiveness);
        }
    }

    public record ActionColumns(SheetColumn description, SheetColumn owner, SheetColumn due, SheetColumn status) {
        List<SheetColumn> all() {
            return List.of(description, owner, due, status);
        }
    }

    public record KriColumns(SheetColumn name, SheetColumn polarity, SheetColumn amber, SheetColumn red, SheetColumn latest,
                             SheetColumn latestMonth) {
        List<SheetColumn> all() {
            return List.of(name, polarity, amber, red, latest, latestMonth);
        }
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    private static <E extends Enum<E>> E fromLabel(E[] values, Function<E, String> label, String text) {
        for (E v : values) {
            if (label.apply(v).equals(text)) {
                return v;
            }
        }
        throw new java.util.NoSuchElementException("No value present");
    }

    private static ScoreColumns score(String which, String when) {
        return new ScoreColumns(
                SheetColumn.whole(which + " likelihood", true, RiskScore.MIN, RiskScore.MAX,
                        "How likely the entry is " + when + ": 1 (rare) to 5 (almost certain)"),
                SheetColumn.whole(which + " impact", true, RiskScore.MIN, RiskScore.MAX,
                        "How great its impact would be " + when + ": 1 (minimal) to 5 (severe)"));
    }

    private static List<ControlColumns> controls() {
        List<ControlColumns> groups = new ArrayList<>();
        for (int i = 1; i <= CONTROLS; i++) {
            groups.add(new ControlColumns(
                    SheetColumn.text("Control " + i, true, 1000, "A control in place (leave the pair blank if unused)", "Weekly caseload review"),
                    SheetColumn.choice("Control " + i + " effectiveness", true,
                            labels(Control.Effectiveness.values(), Control.Effectiveness::label), "How well control " + i + " works")));
        }
        return List.copyOf(groups);
    }

    private static List<ActionColumns> actions() {
        List<ActionColumns> groups = new ArrayList<>();
        for (int i = 1; i <= ACTIONS; i++) {
            groups.add(new ActionColumns(
                    SheetColumn.text("Action " + i, true, 1000, "A mitigating action (leave the group blank if unused)", "Recruit two caseworkers"),
                    SheetColumn.text("Action " + i + " owner", true, 200, "The role that owns action " + i, "SEND Service Manager"),
                    SheetColumn.of("Action " + i + " due date", Kind.DATE, true, "When action " + i + " is due", "30/06/2026"),
                    SheetColumn.choice("Action " + i + " status", true, labels(ActionStatus.values(), ActionStatus::label),
                            "Progress of action " + i)));
        }
        return List.copyOf(groups);
    }

    private static List<KriColumns> kris() {
        List<KriColumns> groups = new ArrayList<>();
        for (int i = 1; i <= KRIS; i++) {
            groups.add(new KriColumns(
                    SheetColumn.text("KRI " + i, true, 300, "A key risk indicator (leave the group blank if unused)", "Caseworker vacancy rate"),
                    SheetColumn.choice("KRI " + i + " polarity", true, labels(KriPolarity.values(), KriPolarity::label),
                            "Which way KRI " + i + " gets worse"),
                    SheetColumn.of("KRI " + i + " amber threshold", Kind.NUMBER, true,
                            "The value at which KRI " + i + " turns amber", "10%"),
                    SheetColumn.of("KRI " + i + " red threshold", Kind.NUMBER, true,
                            "The value at which KRI " + i + " turns red (for higher-is-worse, not below amber)", "20%"),
                    SheetColumn.of("KRI " + i + " latest value", Kind.NUMBER, false,
                            "The latest value recorded for KRI " + i + " (blank if none yet)", "12%"),
                    SheetColumn.of("KRI " + i + " latest month", Kind.MONTH, false,
                            "The month the latest value is for (required with a latest value)", "March 2026")));
        }
        return List.copyOf(groups);
    }

    private static List<SheetColumn> columns() {
        List<SheetColumn> cols = new ArrayList<>(List.of(ID, TYPE, TITLE, DESCRIPTION, CATEGORY, OWNER, PROJECTS, AREAS,
                INHERENT.likelihood(), INHERENT.impact(), CURRENT.likelihood(), CURRENT.impact(),
                TARGET.likelihood(), TARGET.impact()));
        CONTROL_COLUMNS.forEach(g -> cols.addAll(g.all()));
        ACTION_COLUMNS.forEach(g -> cols.addAll(g.all()));
        KRI_COLUMNS.forEach(g -> cols.addAll(g.all()));
        cols.addAll(List.of(ESCALATION, REVIEWED, STATUS));
        return cols;
    }

    /**
     * Reads a register into entries, or every problem: cell values, linked projects the programme does
     * not have, and a risk id used on more than one row.
     */
    public static SheetResult<RiskEntry> parse(byte[] bytes, ProjectDirectory projects) {
        Map<String, Integer> ids = new HashMap<>();
        // Each linked project is looked up once per file: a register names the same few dozen projects on
        // every row, and the directory is a database query (20,000 of them for a 10,000-row register).
        Map<String, Boolean> known = new HashMap<>();
        Predicate<String> isProject = id -> known.computeIfAbsent(id, p -> projects.find(p).isPresent());
        return SheetParser.parse(bytes, SCHEMA, row -> row(row, isProject, ids));
    }

    private static RiskEntry row(SheetRow row, Predicate<String> isProject, Map<String, Integer> ids) {
        String id = row.text(ID);
        if (!id.isEmpty()) {
            Integer earlier = ids.putIfAbsent(SheetSchema.key(id), row.number());
            if (earlier != null) {
                row.problem(ID, id, "Risk ID '" + id + "' is already used on row " + earlier
                        + ": each entry needs its own id, and one entry is one row");
            }
        }
        String type = row.choice(TYPE);
        String title = row.text(TITLE);
        String description = row.text(DESCRIPTION);
        String category = row.choice(CATEGORY);
        String owner = row.text(OWNER);
        List<String> projectIds = row.list(PROJECTS);
        for (String p : projectIds) {
            if (!isProject.test(p)) {
                row.problem(PROJECTS, row.raw(PROJECTS), "Linked projects names '" + p
                        + "', which is not a project in the programme: use ids from the project list, such as P01");
            }
        }
        Set<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        row.list(AREAS).forEach(a -> areas.add(ImprovementArea.valueOf(a)));
        RiskScore inherent = score(row, INHERENT);
        RiskScore current = score(row, CURRENT);
        RiskScore target = score(row, TARGET);
        List<Control> controls = new ArrayList<>();
        for (ControlColumns g : CONTROL_COLUMNS) {
            if (row.allBlank(g.all())) {
                continue;
            }
            String d = row.text(g.description());
            String e = row.choice(g.effectiveness());
            if (!d.isEmpty() && e != null) {
                controls.add(new Control(d, fromLabel(Control.Effectiveness.values(), Control.Effectiveness::label, e)));
            }
        }
        List<MitigatingAction> actions = new ArrayList<>();
        for (ActionColumns g : ACTION_COLUMNS) {
            if (row.allBlank(g.all())) {
                continue;
            }
            String d = row.text(g.description());
            String o = row.text(g.owner());
            LocalDate due = row.date(g.due());
            String s = row.choice(g.status());
            if (!d.isEmpty() && !o.isEmpty() && due != null && s != null) {
                actions.add(new MitigatingAction(d, o, due, fromLabel(ActionStatus.values(), ActionStatus::label, s)));
            }
        }
        List<Kri> kris = new ArrayList<>();
        for (KriColumns g : KRI_COLUMNS) {
            Kri kri = kri(row, g);
            if (kri != null) {
                kris.add(kri);
            }
        }
        String escalation = row.choice(ESCALATION);
        LocalDate reviewed = row.date(REVIEWED);
        String status = row.choice(STATUS);
        if (row.hasProblems()) {
            return null;
        }
        return new RiskEntry(id, fromLabel(EntryType.values(), EntryType::label, type), title, description,
                fromLabel(RiskCategory.values(), RiskCategory::label, category), owner, projectIds, areas,
                inherent, current, target, controls, actions, kris,
                fromLabel(EscalationStatus.values(), EscalationStatus::label, escalation), reviewed,
                fromLabel(EntryStatus.values(), EntryStatus::label, status));
    }

    private static RiskScore score(SheetRow row, ScoreColumns cols) {
        Integer l = row.whole(cols.likelihood());
        Integer i = row.whole(cols.impact());
        return l == null || i == null ? null : new RiskScore(l, i);
    }

    private static Kri kri(SheetRow row, KriColumns g) {
        if (row.allBlank(g.all())) {
            return null;
        }
        String name = row.text(g.name());
        String polarity = row.choice(g.polarity());
        BigDecimal amber = row.number(g.amber());
        BigDecimal red = row.number(g.red());
        BigDecimal latest = row.number(g.latest());
        YearMonth month = row.month(g.latestMonth());
        if (latest != null && month == null && row.isBlank(g.latestMonth())) {
            row.problem(g.latestMonth(), "", g.latestMonth().header() + " is required when " + g.latest().header()
                    + " is given: enter " + g.latestMonth().accepted());
            return null;
        }
        if (latest == null && month != null) {
            row.problem(g.latest(), "", g.latest().header() + " is required when " + g.latestMonth().header()
                    + " is given: enter " + g.latest().accepted());
            return null;
        }
        if (name.isEmpty() || polarity == null || amber == null || red == null) {
            return null;
        }
        KriPolarity p = fromLabel(KriPolarity.values(), KriPolarity::label, polarity);
        if (p == KriPolarity.HIGHER_IS_WORSE && amber.compareTo(red) > 0
                || p == KriPolarity.LOWER_IS_WORSE && amber.compareTo(red) < 0) {
            row.problem(g.amber(), row.raw(g.amber()), g.amber().header() + " must not be "
                    + (p == KriPolarity.HIGHER_IS_WORSE ? "above" : "below") + " the red threshold (" + row.raw(g.red())
                    + ") when " + p.label().toLowerCase(java.util.Locale.ROOT) + "; found '" + row.raw(g.amber()) + "'");
            return null;
        }
        return new Kri(name, p, amber, red, latest == null ? null : new KriReading(latest, month));
    }
}
