package org.sendpmo.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
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
        Objects.requireNonNull(projectId, "projectId");
        if (!schedule.meetingDate().equals(cycle.meetingDate()) || !schedule.cutOffDate().equals(cycle.cutOff())) {
            throw new IllegalArgumentException("the schedule (meeting " + schedule.meetingDate() + ", cut-off "
                    + schedule.cutOffDate() + ") is not for cycle " + cycle.id() + " (meeting " + cycle.meetingDate()
                    + ", cut-off " + cycle.cutOff() + ")");
        }
        for (RecordedReturn r : returns) {
            if (!r.content().projectId().equals(projectId)) {
                throw new IllegalArgumentException("return " + r.reference() + " is for project "
                        + r.content().projectId() + ", not " + projectId);
            }
        }
        YearMonth month = cycle.reportingMonth();
        Instant receivedBefore = cycle.receivedBefore();
        List<RecordedReturn> counted = returns.stream().filter(r -> r.receivedAt().isBefore(receivedBefore)).toList();
        Optional<RecordedReturn> used = latest(counted.stream().filter(r -> r.content().reportingMonth().equals(month)).toList());
        if (used.isPresent()) {
            LocalDate receivedOn = used.get().receivedAt().atZone(ProgrammeTime.ZONE).toLocalDate();
            return receivedOn.isAfter(schedule.dueDate())
                    ? new ReturnStatus.Late(projectId, used.get(), receivedOn)
                    : new ReturnStatus.OnTime(projectId, used.get(), receivedOn);
        }
        Optional<YearMonth> lastMonth = counted.stream().map(r -> r.content().reportingMonth())
                .filter(m -> m.isBefore(month)).max(Comparator.naturalOrder());
        if (lastMonth.isEmpty()) {
            return new ReturnStatus.Missing(projectId, month, Optional.empty(), 0);
        }
        Optional<RecordedReturn> carried = latest(counted.stream()
                .filter(r -> r.content().reportingMonth().equals(lastMonth.get())).toList());
        return new ReturnStatus.Missing(projectId, month, carried, (int) lastMonth.get().until(month, ChronoUnit.MONTHS));
    }

    /** The highest version; versions are numbered in order of arrival, so it is also the latest received. */
    private static Optional<RecordedReturn> latest(List<RecordedReturn> sameMonth) {
        return sameMonth.stream().max(Comparator.comparingInt(RecordedReturn::version)
                .thenComparing(RecordedReturn::receivedAt));
    }
}
