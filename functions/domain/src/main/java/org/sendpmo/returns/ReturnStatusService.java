package org.sendpmo.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.cycle.ReturnSchedule;

/**
 * On time, late or missing (methodology §3). The version used is the latest received by the cut-off;
 * the status is judged by when that version arrived, since it is the data the board sees. So a
 * correction sent after the due date makes an on-time return late. Arrival days are judged in
 * Europe/London, so 23:30 BST on the due date (22:30 UTC) is on time.
 */
public final class ReturnStatusService {

    /**
     * @param returns every recorded return of the project, any month and version; others' returns are refused
     */
    public ReturnStatus status(String projectId, BoardCycle cycle, ReturnSchedule schedule, List<RecordedReturn> returns) {
        Map<RawKey, RecordedReturn> byKey = new HashMap<>();
        returns.forEach(r -> byKey.put(r.rawKey(), r));
        return judge(projectId, cycle, schedule, returns.stream().map(ReturnReceipt::of).toList())
                .withReturns(receipt -> byKey.get(receipt.rawKey()));
    }

    /**
     * The same judgement from receipts alone, reading no return.
     *
     * @param receipts every receipt of the project's returns, any month and version; others' receipts are refused
     */
    public StatusVerdict judge(String projectId, BoardCycle cycle, ReturnSchedule schedule, List<ReturnReceipt> receipts) {
        Objects.requireNonNull(projectId, "projectId");
        if (!schedule.meetingDate().equals(cycle.meetingDate()) || !schedule.cutOffDate().equals(cycle.cutOff())) {
            throw new IllegalArgumentException("the schedule (meeting " + schedule.meetingDate() + ", cut-off "
                    + schedule.cutOffDate() + ") is not for cycle " + cycle.id() + " (meeting " + cycle.meetingDate()
                    + ", cut-off " + cycle.cutOff() + ")");
        }
        for (ReturnReceipt r : receipts) {
            if (!r.projectId().equals(projectId)) {
                throw new IllegalArgumentException("return " + r.reference() + " is for project "
                        + r.projectId() + ", not " + projectId);
            }
        }
        YearMonth month = cycle.reportingMonth();
        Optional<ReturnReceipt> used = used(cycle, receipts);
        if (used.isPresent() && used.get().reportingMonth().equals(month)) {
            LocalDate receivedOn = used.get().receivedAt().atZone(ProgrammeTime.ZONE).toLocalDate();
            Timeliness timeliness = receivedOn.isAfter(schedule.dueDate()) ? Timeliness.LATE : Timeliness.ON_TIME;
            return new StatusVerdict(projectId, month, timeliness, used, receivedOn, 0);
        }
        int monthsCarried = used.map(u -> (int) u.reportingMonth().until(month, ChronoUnit.MONTHS)).orElse(0);
        return new StatusVerdict(projectId, month, Timeliness.MISSING, used, null, monthsCarried);
    }

    /**
     * The version a cycle uses, among one project's versions received by the cut-off: the latest of the cycle's month,
     * else the latest of the latest month before it (carried forward); empty when there is neither.
     */
    public static Optional<ReturnReceipt> used(BoardCycle cycle, List<ReturnReceipt> receipts) {
        YearMonth month = cycle.reportingMonth();
        Instant receivedBefore = cycle.receivedBefore();
        List<ReturnReceipt> counted = receipts.stream().filter(r -> r.receivedAt().isBefore(receivedBefore)).toList();
        Optional<ReturnReceipt> forMonth = latest(counted.stream().filter(r -> r.reportingMonth().equals(month)).toList());
        if (forMonth.isPresent()) {
            return forMonth;
        }
        Optional<YearMonth> lastMonth = counted.stream().map(ReturnReceipt::reportingMonth)
                .filter(m -> m.isBefore(month)).max(Comparator.naturalOrder());
        return lastMonth.flatMap(last -> latest(counted.stream().filter(r -> r.reportingMonth().equals(last)).toList()));
    }

    /** The highest version; versions are numbered in order of arrival, so it is also the latest received. */
    private static Optional<ReturnReceipt> latest(List<ReturnReceipt> sameMonth) {
        return sameMonth.stream().max(Comparator.comparingInt(ReturnReceipt::version)
                .thenComparing(ReturnReceipt::receivedAt));
    }
}
