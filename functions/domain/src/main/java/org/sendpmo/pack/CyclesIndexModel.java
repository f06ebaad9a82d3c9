package org.sendpmo.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The top index: every cycle with a published pack, latest meeting first. */
public record CyclesIndexModel(SiteInfo site, Instant generatedAt, List<Entry> cycles) {

    public CyclesIndexModel {
        cycles = List.copyOf(cycles);
    }

    /** @param href path of the cycle's current build home, relative to the site root */
    public record Entry(String cycleId, String board, LocalDate meetingDate, YearMonth reportingMonth,
                        String buildId, String href) {
    }
}
