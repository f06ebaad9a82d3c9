package org.sendpmo.lead;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendpmo.cycle.BoardCycle;

/** The cycle a lead is working towards: the next meeting from today, or, when none is set up, the latest. */
public final class CurrentCycle {

    private CurrentCycle() {
    }

    public static Optional<BoardCycle> of(List<BoardCycle> cycles, LocalDate today) {
        Optional<BoardCycle> next = cycles.stream().filter(c -> !c.meetingDate().isBefore(today))
                .min(Comparator.comparing(BoardCycle::meetingDate).thenComparing(BoardCycle::id));
        return next.isPresent() ? next
                : cycles.stream().max(Comparator.comparing(BoardCycle::meetingDate).thenComparing(BoardCycle::id));
    }
}
