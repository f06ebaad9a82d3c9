package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.board.Change;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiObservation;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiTargets;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;

class KpiRevisionsTest {

    /** Cut-off Tuesday 20 October 2026: values received from midnight on the 21st (BST) are since it. */
    private static final BoardCycle PREVIOUS = new BoardCycle("sb-2026-10", Board.STSB, "Board", LocalDate.of(2026, 10, 27),
            YearMonth.of(2026, 9), LocalDate.of(2026, 10, 20));
    private static final KpiDefinition K21 = new KpiDefinition("K21", "EHCPs in 20 weeks", KpiUnit.PERCENTAGE,
            Polarity.HIGHER_IS_BETTER, "KCC", KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE);

    private static KpiStore.RecordedValue value(String project, int month, int version, String receivedAt) {
        return value(project, month, version, receivedAt, "45.5");
    }

    private static KpiStore.RecordedValue value(String project, int month, int version, String receivedAt, String figure) {
        return new KpiStore.RecordedValue(new KpiObservation("K21", YearMonth.of(2026, month), new BigDecimal(figure), version),
                project, Instant.parse(receivedAt));
    }

    @Test
    void onlyRevisionsReceivedSinceThePreviousCutOffAreChanges() {
        List<KpiStore.RecordedValue> values = List.of(
                value(null, 8, 2, "2026-10-20T22:59:59Z"),
                value(null, 9, 2, "2026-10-20T23:00:00Z"),
                value(null, 10, 1, "2026-11-02T09:00:00Z"),
                value("P02", 10, 3, "2026-11-03T09:00:00Z"),
                value("P99", 10, 2, "2026-11-03T09:00:00Z"));

        List<KpiStore.RecordedValue> replaced = List.of(
                value(null, 9, 1, "2026-10-05T09:00:00Z", "41.25"),
                // P02's October value was first received after the previous cut-off, then revised twice
                value("P02", 10, 2, "2026-10-28T09:00:00Z", "40"));

        List<Change> found = KpiRevisions.since(PREVIOUS, List.of(K21), values, replaced, Map.of("P02", "Beta"));

        assertEquals(List.of(
                " | Programme (Kent-wide) | K21 EHCPs in 20 weeks | 41.25% (version 1) → 45.5% (version 2) | The September 2026 value was revised: version 2 received on 21 October 2026. No reason was recorded",
                "P02 | Beta | K21 EHCPs in 20 weeks | 40% (version 2, received since the previous pack) → 45.5% (version 3) | The October 2026 value was revised: version 3 received on 3 November 2026. No reason is asked for with a project's resubmitted return",
                "P99 | P99 | K21 EHCPs in 20 weeks | Version 1 → 45.5% (version 2) | The October 2026 value was revised: version 2 received on 3 November 2026. No reason is asked for with a project's resubmitted return"),
                found.stream().map(c -> c.projectId() + " | " + c.projectName() + " | " + c.subjectId() + " " + c.subjectName()
                        + " | " + c.from() + " → " + c.to() + " | " + c.cause()).toList());
        assertEquals(Set.of(Change.Kind.KPI_REVISED), Set.copyOf(found.stream().map(Change::kind).toList()));
    }

    @Test
    void aRevisionSaysTheReasonGivenWithIt() {
        KpiStore.RecordedValue revised = new KpiStore.RecordedValue(new KpiObservation("K21", YearMonth.of(2026, 9),
                new BigDecimal("44"), 2), null, Instant.parse("2026-11-02T09:00:00Z"), "  Two districts' late notifications added ");

        Change change = KpiRevisions.since(PREVIOUS, List.of(K21), List.of(revised), List.of(), Map.of()).get(0);

        assertEquals("The September 2026 value was revised: version 2 received on 2 November 2026."
                + " Reason given: Two districts' late notifications added", change.cause());
    }
}
