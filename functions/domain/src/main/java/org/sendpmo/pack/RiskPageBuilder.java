package org.sendpmo.pack;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.KriStatus;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskScore;

/** Builds the {@link RiskPage} from the register as at a cycle's cut-off, with the assessor's rules. */
public final class RiskPageBuilder {

    private final RiskAssessor assessor;

    public RiskPageBuilder(RiskAssessor assessor) {
        this.assessor = assessor;
    }

    public RiskPage build(List<RiskEntry> register, BoardCycle cycle, Map<String, Project> projects) {
        List<RiskPage.Entry> open = openEntries(register, cycle, projects);
        List<RiskPage.ReviewRow> reviews = new ArrayList<>();
        List<RiskPage.ActionRow> actions = new ArrayList<>();
        List<RiskPage.KriRow> kris = new ArrayList<>();
        for (RiskPage.Entry e : open) {
            if (e.assessment().reviewOverdue()) {
                reviews.add(new RiskPage.ReviewRow(e, assessor.settings().reviewPeriodDays(e.assessment().rating()),
                        ChronoUnit.DAYS.between(e.entry().lastReviewed(), e.assessment().reviewDueBy())));
            }
            e.assessment().overdueActions().forEach(a -> actions.add(
                    new RiskPage.ActionRow(e, a, ChronoUnit.DAYS.between(a.dueDate(), cycle.cutOff()))));
            e.assessment().kris().stream().filter(k -> k.status() == KriStatus.RED || k.status() == KriStatus.AMBER)
                    .forEach(k -> kris.add(new RiskPage.KriRow(e, k)));
        }
        // Red before amber; within a status, the entries' order (a stable sort keeps it).
        kris.sort(Comparator.comparing(k -> k.kri().status() == KriStatus.RED ? 0 : 1));
        List<RiskPage.HeatRow> heatMap = heatMap(open);
        return new RiskPage(heatMap, cells(heatMap, open),
                open.stream().filter(e -> e.assessment().outsideAppetite()).toList(), reviews, actions, kris,
                open.stream().filter(e -> e.entry().escalation() != EscalationStatus.NONE).toList(),
                open.size(), (int) register.stream().filter(e -> !e.isOpen()).count(), assessor.settings());
    }

    /** Open entries, highest current score first, then by id; each with a unique anchor. */
    private List<RiskPage.Entry> openEntries(List<RiskEntry> register, BoardCycle cycle, Map<String, Project> projects) {
        Set<String> anchors = new HashSet<>();
        return register.stream().filter(RiskEntry::isOpen)
                .sorted(Comparator.comparingInt((RiskEntry e) -> -e.current().score()).thenComparing(RiskEntry::id))
                .map(e -> new RiskPage.Entry(assessor.assess(e, cycle), anchor(e.id(), anchors),
                        e.projectIds().stream().map(id -> ProjectLink.of(id, projects)).toList()))
                .toList();
    }

    private List<RiskPage.HeatRow> heatMap(List<RiskPage.Entry> open) {
        List<RiskPage.HeatRow> rows = new ArrayList<>();
        for (int likelihood = RiskScore.MAX; likelihood >= RiskScore.MIN; likelihood--) {
            List<RiskPage.HeatCell> cells = new ArrayList<>();
            for (int impact = RiskScore.MIN; impact <= RiskScore.MAX; impact++) {
                RiskScore at = new RiskScore(likelihood, impact);
                int count = (int) open.stream().filter(e -> e.entry().current().equals(at)).count();
                cells.add(new RiskPage.HeatCell(likelihood, impact, assessor.settings().rating(at), count));
            }
            rows.add(new RiskPage.HeatRow(likelihood, cells));
        }
        return rows;
    }

    /** Non-empty cells, highest score first (then higher likelihood), each with its entries in page order. */
    private static List<RiskPage.CellGroup> cells(List<RiskPage.HeatRow> heatMap, List<RiskPage.Entry> open) {
        return heatMap.stream().flatMap(r -> r.cells().stream()).filter(c -> c.count() > 0)
                .sorted(Comparator.comparingInt((RiskPage.HeatCell c) -> -c.score()).thenComparingInt(c -> -c.likelihood()))
                .map(c -> new RiskPage.CellGroup(c, open.stream()
                        .filter(e -> e.entry().current().equals(new RiskScore(c.likelihood(), c.impact()))).toList()))
                .toList();
    }

    /** "risk-" and the id with anything but letters, digits, '-' and '_' replaced, made unique on the page. */
    static String anchor(String id, Set<String> taken) {
        String base = "risk-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }
}
