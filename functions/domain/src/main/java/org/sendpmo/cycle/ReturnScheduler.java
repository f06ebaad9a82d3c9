package org.sendpmo.cycle;

import java.time.LocalDate;
import java.util.Objects;

/** Works out a cycle's due date and data cut-off from its meeting date, honouring the office's overrides. */
public final class ReturnScheduler {

    private final WorkingDays workingDays;
    private final ReturnScheduleSettings settings;

    public ReturnScheduler(WorkingDays workingDays, ReturnScheduleSettings settings) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Dates set by the programme office for one cycle; either may be null to keep the computed default.
     *
     * @param reason why, shown in the pack
     */
    public record Overrides(LocalDate due, LocalDate cutOff, String reason) {
        public static final Overrides NONE = new Overrides(null, null, "");
    }

    public ReturnSchedule defaults(LocalDate meetingDate) {
        return schedule(meetingDate, Overrides.NONE);
    }

    /** @throws IllegalArgumentException when the overrides put the due date after the cut-off or the cut-off after the meeting */
    public ReturnSchedule schedule(LocalDate meetingDate, Overrides overrides) {
        Objects.requireNonNull(meetingDate, "meetingDate");
        LocalDate due = workingDays.minus(meetingDate, settings.dueWorkingDaysBefore());
        LocalDate cutOff = workingDays.minus(meetingDate, settings.cutOffWorkingDaysBefore());
        return new ReturnSchedule(meetingDate, date(due, overrides.due(), overrides.reason()),
                date(cutOff, overrides.cutOff(), overrides.reason()));
    }

    /**
     * How many working days after the due date a return received on {@code receivedOn} arrived: the working
     * days after the due date up to and including that day, and at least 1 once it is after the due date (a
     * return sent on the Saturday after a Friday due date is a working day late); 0 when it is not after.
     */
    public int workingDaysLate(ReturnSchedule schedule, LocalDate receivedOn) {
        if (!receivedOn.isAfter(schedule.dueDate())) {
            return 0;
        }
        return Math.max(1, workingDays.between(schedule.dueDate(), receivedOn));
    }

    private static ScheduledDate date(LocalDate computed, LocalDate override, String reason) {
        return override == null ? new ScheduledDate.Computed(computed) : new ScheduledDate.Overridden(override, computed, reason);
    }
}
