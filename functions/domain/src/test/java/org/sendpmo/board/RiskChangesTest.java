package org.sendpmo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.EntryType;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskScore;
import org.sendpmo.risk.TestRiskSettings;

class RiskChangesTest {

    private static final BoardCycle OCTOBER = new BoardCycle("sb-2026-10", Board.STSB, "Board", LocalDate.of(2026, 10, 21),
            YearMonth.of(2026, 9), LocalDate.of(2026, 10, 14));
    private static final BoardCycle NOVEMBER = new BoardCycle("sb-2026-11", Board.STSB, "Board", LocalDate.of(2026, 11, 18),
            YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));
    private final RiskChanges changes = new RiskChanges(new RiskAssessor(TestRiskSettings.v1()));

    private static RiskEntry risk(String id, int l, int i, EscalationStatus escalation, EntryStatus status, String... projects) {
        return new RiskEntry(id, EntryType.RISK, "Risk " + id, "cause, event, effect", RiskCategory.OTHER, "Owner",
                List.of(projects), Set.of(), new RiskScore(5, 5), new RiskScore(l, i), new RiskScore(1, 1), List.of(), List.of(),
                List.of(), escalation, LocalDate.of(2026, 11, 1), status);
    }

    @Test
    void newClosedReRatedAndEscalatedRisksAreEachListedUnderTheirProjectsWithTheCause() {
        List<RiskEntry> before = List.of(
                risk("R1", 3, 3, EscalationStatus.NONE, EntryStatus.OPEN, "P01"),
                risk("R2", 2, 2, EscalationStatus.NONE, EntryStatus.OPEN, "P01", "P02"),
                risk("R3", 4, 4, EscalationStatus.NONE, EntryStatus.OPEN));
        List<RiskEntry> now = List.of(
                risk("R1", 4, 4, EscalationStatus.ESCALATED_TO_STSB, EntryStatus.OPEN, "P01"),
                risk("R2", 2, 2, EscalationStatus.NONE, EntryStatus.CLOSED, "P01", "P02"),
                risk("R3", 4, 4, EscalationStatus.NONE, EntryStatus.OPEN),
                risk("R4", 1, 2, EscalationStatus.NONE, EntryStatus.OPEN, "P02"));

        List<Change> found = changes.between(OCTOBER, before, NOVEMBER, now, Map.of("P01", "Alpha", "P02", "Beta"));

        assertEquals(List.of(
                "P01 RISK_RATING R1 Risk R1: Medium (3×3) → High (4×4) | Current likelihood × impact changed from 3×3 to 4×4",
                "P01 RISK_ESCALATED R1 Risk R1: Project → STSB | Escalated to the SEND Transformation Strategic Board",
                "P01 RISK_CLOSED R2 Risk R2: Open → Closed | Marked closed in the register since 2026-10-14",
                "P02 RISK_CLOSED R2 Risk R2: Open → Closed | Marked closed in the register since 2026-10-14",
                "P02 RISK_NEW R4 Risk R4:  → Low (1×2) | On the register by the cut-off of 2026-11-11, not by 2026-10-14"),
                found.stream().map(c -> c.projectId() + " " + c.kind().name() + " " + c.subjectId() + " " + c.subjectName()
                        + ": " + c.from() + " → " + c.to() + " | " + c.cause()).toList());
    }
}
