package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.TestMethodology;

class InputDigestsTest {

    private static final BoardCycle CYCLE = new BoardCycle("sb-2026-11", Board.STSB, "Strategic Board", LocalDate.of(2026, 11, 18),
            YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));
    private static final SiteInfo SITE = new SiteInfo("Programme", "Council");

    private static RecordedReturn recorded(String id, Rag rag) {
        ProjectReturn r = new ProjectReturn(id, YearMonth.of(2026, 10), rag, "Progress", List.of(), List.of(),
                CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "Lead");
        return new RecordedReturn(RawKey.forReturn(r, (id + rag).getBytes()), 1, Instant.parse("2026-11-02T09:00:00Z"), r);
    }

    private static PackAssembler.Inputs inputs(String buildId, Instant at, Rag p02) {
        List<RecordedReturn> returns = List.of(recorded("P01", Rag.GREEN), recorded("P02", p02));
        return new PackAssembler.Inputs(CYCLE, buildId, at,
                List.of(new Project("P01", "Alpha", 1, Set.of(ImprovementArea.C1, ImprovementArea.C8), "Lead")),
                returns, ReturnWindow.of(returns), List.of(), Set.of("P01", "P02"), Map.of(), null);
    }

    @Test
    void eachInputSetHasItsHashAndTheBuildsOwnIdAndTimeAreNoInput() {
        SortedMap<String, String> first = InputDigests.of(inputs("b1", Instant.parse("2026-11-12T09:00:00Z"), Rag.GREEN),
                SITE, TestMethodology.v1());
        SortedMap<String, String> again = InputDigests.of(inputs("b2", Instant.parse("2026-11-13T10:00:00Z"), Rag.GREEN),
                SITE, TestMethodology.v1());

        assertEquals(List.of("assessed", "cycle", "kpiDefinitions", "kpiReported", "kpiValues", "methodology", "previous",
                "projects", "register", "returnsInForce", "site", "window"), List.copyOf(first.keySet()));
        assertEquals(first, again);
        assertEquals(CanonicalJson.sha256(null), first.get("previous"));
    }

    @Test
    void aChangedReturnChangesTheReturnsHashesAndNothingElse() {
        Instant at = Instant.parse("2026-11-12T09:00:00Z");
        SortedMap<String, String> before = InputDigests.of(inputs("b1", at, Rag.GREEN), SITE, TestMethodology.v1());
        SortedMap<String, String> after = InputDigests.of(inputs("b1", at, Rag.RED), SITE, TestMethodology.v1());

        for (String name : before.keySet()) {
            if (name.equals("returnsInForce") || name.equals("window")) {
                assertNotEquals(before.get(name), after.get(name), name);
            } else {
                assertEquals(before.get(name), after.get(name), name);
            }
        }
    }
}
