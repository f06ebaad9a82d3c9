package org.sendpmo.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a closed project leaves the roll-ups, and the registry's invariants a stored project always keeps. */
class ProjectClosingTest {

    private static Project closedOn(LocalDate day) {
        return new Project("P07", "EHCP capacity", "", 3, Set.of(), Set.of(), "Sam", "lead", ProjectStage.CLOSED,
                null, null, Set.of(), day);
    }

    @Test
    void aProjectClosedInAMonthIsInThatMonthsRollUpsAndLeavesFromTheNext() {
        Project p = closedOn(LocalDate.of(2026, 11, 30));
        assertTrue(p.activeIn(YearMonth.of(2026, 10)), "earlier cycles keep it");
        assertTrue(p.activeIn(YearMonth.of(2026, 11)), "the month it closed in reports it");
        assertFalse(p.activeIn(YearMonth.of(2026, 12)), "gone from the next month");
        assertTrue(closedOn(LocalDate.of(2026, 12, 1)).activeIn(YearMonth.of(2026, 12)));
        assertTrue(new Project("P01", "Open", 1, Set.of(), "x").activeIn(YearMonth.of(2099, 1)), "an open project always is");
    }

    @Test
    void aStoredProjectNeverDependsOnItselfEndsBeforeItStartsOrIsClosedWithoutADate() {
        assertThrows(IllegalArgumentException.class, () -> new Project("P07", "x", "", 0, Set.of(), Set.of(), "", "",
                ProjectStage.SCOPING, null, null, Set.of("P07"), null));
        assertThrows(IllegalArgumentException.class, () -> new Project("P07", "x", "", 0, Set.of(), Set.of(), "", "",
                ProjectStage.SCOPING, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new Project("P07", "x", "", 0, Set.of(), Set.of(), "", "",
                ProjectStage.CLOSED, null, null, Set.of(), null));
    }

    @Test
    void theNextIdFollowsTheHighestPNumber() {
        assertEquals("P01", ProjectRegistry.nextId(Set.of()));
        assertEquals("P49", ProjectRegistry.nextId(Set.of("P48", "P07", "OTHER-1")));
        assertEquals("P100", ProjectRegistry.nextId(Set.of("P99")));
    }
}
