package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnReceipt;
import org.sendpmo.scoring.CriterionScores;

/** Which versions of the carry-forward window a cycle's indicators read in full; the rest are receipts only. */
class ReturnWindowTest {

    /** October 2026's cycle: cut-off 11 November (GMT, so versions received from 12 November 00:00Z do not count). */
    private static final BoardCycle OCTOBER = new BoardCycle("sb-2026-11", Board.STSB, "Board", LocalDate.of(2026, 11, 18),
            YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11));

    private static RecordedReturn recorded(String project, String month, int version, String receivedAt) {
        ProjectReturn r = new ProjectReturn(project, YearMonth.parse(month), Rag.AMBER, "Progress v" + version, List.of(),
                List.of(), CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "Lead");
        byte[] bytes = (project + month + version).getBytes(StandardCharsets.UTF_8);
        return new RecordedReturn(RawKey.forReturn(r, bytes), version, Instant.parse(receivedAt), r);
    }

    private static Set<RawKey> readInFull(RecordedReturn... window) {
        return CycleIndicators.readInFull(OCTOBER, Stream.of(window).map(ReturnReceipt::of).toList());
    }

    @Test
    void thisMonthsLatestVersionAndTheMonthBeforesLatestAreRead() {
        RecordedReturn octV1 = recorded("P01", "2026-10", 1, "2026-11-02T09:00:00Z");
        RecordedReturn octV2 = recorded("P01", "2026-10", 2, "2026-11-05T09:00:00Z");
        RecordedReturn octAfterCutOff = recorded("P01", "2026-10", 3, "2026-11-12T00:00:00Z");
        RecordedReturn sepV1 = recorded("P01", "2026-09", 1, "2026-10-02T09:00:00Z");
        RecordedReturn sepV2 = recorded("P01", "2026-09", 2, "2026-10-03T09:00:00Z");
        RecordedReturn aug = recorded("P01", "2026-08", 1, "2026-09-02T09:00:00Z");

        assertEquals(Set.of(octV2.rawKey(), sepV2.rawKey()), readInFull(octV1, octV2, octAfterCutOff, sepV1, sepV2, aug));
    }

    @Test
    void aMissingReturnReadsOnlyTheOneCarriedForwardAndAMonthWithoutAPreviousOneReadsOnlyItself() {
        RecordedReturn p1AugV1 = recorded("P01", "2026-08", 1, "2026-09-02T09:00:00Z");
        RecordedReturn p1AugV2 = recorded("P01", "2026-08", 2, "2026-09-03T09:00:00Z");
        RecordedReturn p1Jul = recorded("P01", "2026-07", 1, "2026-08-03T09:00:00Z");
        RecordedReturn p2Oct = recorded("P02", "2026-10", 1, "2026-11-03T09:00:00Z");
        RecordedReturn p2Aug = recorded("P02", "2026-08", 1, "2026-09-03T09:00:00Z");
        RecordedReturn p3OnlyAfterCutOff = recorded("P03", "2026-10", 1, "2026-11-20T09:00:00Z");

        assertEquals(Set.of(p1AugV2.rawKey(), p2Oct.rawKey()), readInFull(p1AugV1, p1AugV2, p1Jul, p2Oct, p2Aug, p3OnlyAfterCutOff));
        assertEquals(Set.of(), readInFull());
    }

    @Test
    void aWindowOfReturnsAllReadInFullKeepsTheirReceiptsInOrderAndTheReturnsInKeyOrder() {
        RecordedReturn b = recorded("P02", "2026-10", 1, "2026-11-03T09:00:00Z");
        RecordedReturn a = recorded("P01", "2026-10", 1, "2026-11-02T09:00:00Z");

        ReturnWindow window = ReturnWindow.of(List.of(b, a));

        assertEquals(List.of(ReturnReceipt.of(b), ReturnReceipt.of(a)), window.receipts());
        assertEquals(Stream.of(a, b).sorted(java.util.Comparator.comparing(r -> r.rawKey().value())).toList(), window.readInFull());
    }
}
