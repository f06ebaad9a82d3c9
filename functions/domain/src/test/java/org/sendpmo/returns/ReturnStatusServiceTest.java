package org.sendpmo.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.returns.Returns.PROJECT;
import static org.sendpmo.returns.Returns.recorded;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.ReturnSchedule;
import org.sendpmo.cycle.ScheduledDate;

class ReturnStatusServiceTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    /*
     * March 2026 cycle: meeting Wed 15 Apr 2026, due Mon 30 Mar, cut-off Wed 8 Apr (ReturnSchedulerTest).
     * British Summer Time began on Sun 29 Mar 2026, so both days are UTC+1: the due day ends at 22:59:59Z.
     */
    private static final BoardCycle SPRING = new BoardCycle("stsb-2026-04", Board.STSB, "STSB", LocalDate.of(2026, 4, 15), MARCH,
            LocalDate.of(2026, 4, 8));
    private static final ReturnSchedule SPRING_SCHEDULE = new ReturnSchedule(LocalDate.of(2026, 4, 15),
            new ScheduledDate.Computed(LocalDate.of(2026, 3, 30)), new ScheduledDate.Computed(LocalDate.of(2026, 4, 8)));
    /* December 2025 cycle: meeting Wed 21 Jan 2026, due Wed 7 Jan, cut-off Wed 14 Jan; Greenwich Mean Time = UTC. */
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);
    private static final BoardCycle WINTER = new BoardCycle("stsb-2026-01", Board.STSB, "STSB", LocalDate.of(2026, 1, 21), DECEMBER,
            LocalDate.of(2026, 1, 14));
    private static final ReturnSchedule WINTER_SCHEDULE = new ReturnSchedule(LocalDate.of(2026, 1, 21),
            new ScheduledDate.Computed(LocalDate.of(2026, 1, 7)), new ScheduledDate.Computed(LocalDate.of(2026, 1, 14)));

    private final ReturnStatusService service = new ReturnStatusService();

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({
            // received (UTC)          status    London time
            "2026-03-20T09:00:00Z,     ON_TIME",  // well before
            "2026-03-30T22:59:59Z,     ON_TIME",  // 23:59:59 BST on the due date
            "2026-03-30T23:00:00Z,     LATE",     // 00:00 BST on 31 Mar, though still 30 Mar in UTC
            "2026-03-30T23:30:00Z,     LATE",
            "2026-04-08T22:59:59Z,     LATE",     // 23:59:59 BST on the cut-off day
            "2026-04-08T23:00:00Z,     MISSING",  // 00:00 BST on 9 Apr: waits for the next cycle
    })
    void summerTimeBoundaries(String receivedAt, Timeliness expected) {
        ReturnStatus status = service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(recorded(MARCH, 1, receivedAt)));
        assertEquals(expected, status.timeliness());
    }

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({
            "2026-01-07T23:59:00Z, ON_TIME",  // 23:59 GMT on the due date
            "2026-01-07T23:59:59Z, ON_TIME",
            "2026-01-08T00:00:00Z, LATE",
            "2026-01-14T23:59:59Z, LATE",
            "2026-01-15T00:00:00Z, MISSING",
    })
    void winterTimeBoundaries(String receivedAt, Timeliness expected) {
        ReturnStatus status = service.status(PROJECT, WINTER, WINTER_SCHEDULE, List.of(recorded(DECEMBER, 1, receivedAt)));
        assertEquals(expected, status.timeliness());
    }

    @Test
    void onTimeNamesTheVersionUsedAndTheLondonDay() {
        RecordedReturn ret = recorded(MARCH, 1, "2026-03-30T22:59:59Z");
        ReturnStatus.OnTime status = assertInstanceOf(ReturnStatus.OnTime.class,
                service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(ret)));
        assertEquals(ret, status.used());
        assertEquals(LocalDate.of(2026, 3, 30), status.receivedOn());
    }

    @Test
    void aResubmissionAfterTheDueDateMakesTheReturnLateBecauseItIsTheVersionUsed() {
        RecordedReturn v1 = recorded(MARCH, 1, "2026-03-27T10:00:00Z");
        RecordedReturn v2 = recorded(MARCH, 2, "2026-04-01T10:00:00Z");
        ReturnStatus.Late status = assertInstanceOf(ReturnStatus.Late.class,
                service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(v2, v1)));
        assertEquals(v2, status.used());
    }

    @Test
    void aResubmissionAfterTheCutOffIsIgnoredForThisCycle() {
        RecordedReturn v1 = recorded(MARCH, 1, "2026-03-27T10:00:00Z");
        RecordedReturn v2 = recorded(MARCH, 2, "2026-04-09T10:00:00Z");
        ReturnStatus.OnTime status = assertInstanceOf(ReturnStatus.OnTime.class,
                service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(v1, v2)));
        assertEquals(v1, status.used());
    }

    @Test
    void aMissingReturnCarriesForwardTheLatestEarlierMonthWithItsAge() {
        RecordedReturn dec = recorded(YearMonth.of(2025, 12), 1, "2026-01-05T10:00:00Z");
        RecordedReturn janV1 = recorded(YearMonth.of(2026, 1), 1, "2026-02-05T10:00:00Z");
        RecordedReturn janV2 = recorded(YearMonth.of(2026, 1), 2, "2026-02-06T10:00:00Z");
        // February's return arrived after March's cut-off, so it cannot be carried into this cycle.
        RecordedReturn febLate = recorded(YearMonth.of(2026, 2), 1, "2026-04-10T10:00:00Z");
        ReturnStatus.Missing status = assertInstanceOf(ReturnStatus.Missing.class,
                service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(dec, janV1, janV2, febLate)));
        assertEquals(janV2, status.carried().orElseThrow());
        assertEquals(2, status.monthsCarried());
        assertEquals("carried forward from January 2026, not updated (2 months)", status.description());
        assertEquals(janV2, status.returnUsed().orElseThrow(), "never dropped from roll-ups");
    }

    @ParameterizedTest(name = "last return for {0}: carried {1} months")
    @CsvSource({
            "2026-02, 1, 'carried forward from February 2026, not updated (1 month)'",
            "2025-10, 5, 'carried forward from October 2025, not updated (5 months)'",
            "2025-03, 12, 'carried forward from March 2025, not updated (12 months)'",
    })
    void carriedForwardAge(String lastMonth, int months, String description) {
        RecordedReturn last = recorded(YearMonth.parse(lastMonth), 1, YearMonth.parse(lastMonth).plusMonths(1).atDay(3) + "T09:00:00Z");
        ReturnStatus.Missing status = assertInstanceOf(ReturnStatus.Missing.class,
                service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(last)));
        assertEquals(months, status.monthsCarried());
        assertEquals(description, status.description());
    }

    @Test
    void aProjectThatNeverReturnedIsMissingWithNothingToCarry() {
        ReturnStatus.Missing status = assertInstanceOf(ReturnStatus.Missing.class,
                service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of()));
        assertTrue(status.carried().isEmpty());
        assertEquals(0, status.monthsCarried());
        assertEquals("no return received", status.description());
    }

    @Test
    void aLaterMonthsReturnDoesNotCountForThisCycle() {
        RecordedReturn april = recorded(YearMonth.of(2026, 4), 1, "2026-04-02T09:00:00Z");
        ReturnStatus status = service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(april));
        assertEquals(Timeliness.MISSING, status.timeliness());
        assertTrue(status.returnUsed().isEmpty());
    }

    @Test
    void aScheduleForAnotherCycleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.status(PROJECT, SPRING, WINTER_SCHEDULE, List.of()));
        assertTrue(e.getMessage().contains("is not for cycle stsb-2026-04"), e.getMessage());
    }

    @Test
    void anotherProjectsReturnIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.status("P02", SPRING, SPRING_SCHEDULE, List.of(recorded(MARCH, 1, "2026-03-20T09:00:00Z"))));
        assertTrue(e.getMessage().contains("is for project P01, not P02"), e.getMessage());
    }

    @Test
    void judgedFromReceiptsAloneTheVerdictNamesTheVersionUsedAndReadsOnlyIt() {
        RecordedReturn dec = recorded(YearMonth.of(2025, 12), 1, "2026-01-05T10:00:00Z");
        RecordedReturn janV1 = recorded(YearMonth.of(2026, 1), 1, "2026-02-05T10:00:00Z");
        RecordedReturn janV2 = recorded(YearMonth.of(2026, 1), 2, "2026-02-06T10:00:00Z");
        List<ReturnReceipt> receipts = java.util.stream.Stream.of(dec, janV1, janV2).map(ReturnReceipt::of).toList();

        StatusVerdict verdict = service.judge(PROJECT, SPRING, SPRING_SCHEDULE, receipts);

        assertEquals(new StatusVerdict(PROJECT, MARCH, Timeliness.MISSING, java.util.Optional.of(ReturnReceipt.of(janV2)), null, 2),
                verdict);
        assertEquals("carried forward from January 2026, not updated (2 months)", verdict.missingDescription());
        List<ReturnReceipt> asked = new java.util.ArrayList<>();
        ReturnStatus status = verdict.withReturns(r -> {
            asked.add(r);
            return janV2;
        });
        assertEquals(List.of(ReturnReceipt.of(janV2)), asked, "only the version used is read");
        assertEquals(service.status(PROJECT, SPRING, SPRING_SCHEDULE, List.of(dec, janV1, janV2)), status);
    }

    @Test
    void aVerdictRefusesAReturnThatIsNotTheVersionItJudged() {
        RecordedReturn v1 = recorded(MARCH, 1, "2026-03-27T10:00:00Z");
        RecordedReturn v2 = recorded(MARCH, 2, "2026-03-28T10:00:00Z");
        StatusVerdict verdict = service.judge(PROJECT, SPRING, SPRING_SCHEDULE, List.of(ReturnReceipt.of(v1), ReturnReceipt.of(v2)));
        assertEquals(Timeliness.ON_TIME, verdict.timeliness());

        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> verdict.withReturns(r -> v1));
        assertTrue(wrong.getMessage().contains(v2.reference() + " version 2 was not read in full"), wrong.getMessage());
        assertThrows(IllegalStateException.class, () -> verdict.withReturns(r -> null));
    }

    @Test
    void receiptsOfAnotherProjectAreRefusedAsReturnsAre() {
        ProjectReturn other = new ProjectReturn("P02", MARCH, Rag.GREEN, "Other", List.of(), List.of(),
                org.sendpmo.scoring.CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "B. Lead");
        RecordedReturn theirs = new RecordedReturn(RawKey.forReturn(other, new byte[] {2}), 1,
                java.time.Instant.parse("2026-03-27T10:00:00Z"), other);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.judge(PROJECT, SPRING, SPRING_SCHEDULE, List.of(ReturnReceipt.of(theirs))));
        assertEquals("return " + theirs.reference() + " is for project P02, not P01", refused.getMessage());
    }
}
