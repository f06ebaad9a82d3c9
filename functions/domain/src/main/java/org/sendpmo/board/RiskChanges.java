package org.sendpmo.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRating;

/**
 * Methodology §6, the risk part of "changes since the previous cycle": each new, closed or escalated risk
 * and each change of risk rating, compared between the register as at the two cycles' cut-offs. A change
 * is listed under every project the entry is linked to, or under the programme when it is linked to none, with
 * the entry as its subject.
 */
public final class RiskChanges {

    private final RiskAssessor assessor;

    public RiskChanges(RiskAssessor assessor) {
        this.assessor = assessor;
    }

    /** @param projectNames project id to name, for the changes' project column */
    public List<Change> between(BoardCycle previousCycle, List<RiskEntry> before, BoardCycle cycle, List<RiskEntry> now,
                                Map<String, String> projectNames) {
        Map<String, RiskEntry> earlier = new HashMap<>();
        before.forEach(e -> earlier.put(e.id(), e));
        List<Change> changes = new ArrayList<>();
        for (RiskEntry entry : now) {
            RiskEntry was = earlier.get(entry.id());
            RiskRating rating = assessor.assess(entry, cycle).rating();
            if (was == null) {
                add(changes, entry, projectNames, Change.Kind.RISK_NEW, "", rated(rating, entry),
                        "On the register by the cut-off of " + cycle.cutOff() + ", not by " + previousCycle.cutOff());
                continue;
            }
            if (was.status() == EntryStatus.OPEN && entry.status() == EntryStatus.CLOSED) {
                add(changes, entry, projectNames, Change.Kind.RISK_CLOSED, "Open", "Closed",
                        "Marked closed in the register since " + previousCycle.cutOff());
            }
            RiskRating wasRating = assessor.assess(was, previousCycle).rating();
            if (wasRating != rating) {
                add(changes, entry, projectNames, Change.Kind.RISK_RATING, rated(wasRating, was),
                        rated(rating, entry), "Current likelihood × impact changed from " + score(was) + " to " + score(entry));
            }
            if (entry.escalation() != was.escalation() && entry.escalation() != EscalationStatus.NONE) {
                add(changes, entry, projectNames, Change.Kind.RISK_ESCALATED, was.escalation().body(),
                        entry.escalation().body(), entry.escalation().label());
            }
        }
        return changes;
    }

    private static void add(List<Change> changes, RiskEntry entry, Map<String, String> names, Change.Kind kind,
                            String from, String to, String cause) {
        if (entry.projectIds().isEmpty()) {
            changes.add(new Change("", "Programme", kind, from, to, cause, entry.id(), entry.title()));
            return;
        }
        for (String projectId : entry.projectIds()) {
            changes.add(new Change(projectId, names.getOrDefault(projectId, projectId), kind, from, to, cause,
                    entry.id(), entry.title()));
        }
    }

    private static String rated(RiskRating rating, RiskEntry entry) {
        return rating.label() + " (" + score(entry) + ")";
    }

    private static String score(RiskEntry entry) {
        return entry.current().likelihood() + "×" + entry.current().impact();
    }
}
