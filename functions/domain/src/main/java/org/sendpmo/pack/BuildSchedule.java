package org.sendpmo.pack;

import java.time.LocalDate;
import java.util.Objects;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.WorkingDays;

/**
 * When a cycle's pack is built without anyone asking: from a set number of working days before the meeting,
 * and only after the data cut-off (so the pack holds every return that counts), up to the day before the
 * meeting. Whoever runs the check (EventBridge in AWS, a timer in the local run) may run it often: the
 * caller queues at most one scheduled build per cycle per day, and none for a final pack.
 */
public final class BuildSchedule {

    private final WorkingDays workingDays;
    private final int workingDaysBeforeMeeting;

    /** @param workingDaysBeforeMeeting 1 or more: a build on the meeting day itself is too late for the papers */
    public BuildSchedule(WorkingDays workingDays, int workingDaysBeforeMeeting) {
        if (workingDaysBeforeMeeting < 1 || workingDaysBeforeMeeting > org.sendpmo.cycle.ReturnScheduleSettings.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("build-days-before-meeting must be between 1 and "
                    + org.sendpmo.cycle.ReturnScheduleSettings.MAX_WORKING_DAYS + "; it is " + workingDaysBeforeMeeting);
        }
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.workingDaysBeforeMeeting = workingDaysBeforeMeeting;
    }

    /** The first day a scheduled build of the cycle is due. */
    public LocalDate firstDay(BoardCycle cycle) {
        LocalDate before = workingDays.minus(cycle.meetingDate(), workingDaysBeforeMeeting);
        LocalDate afterCutOff = cycle.cutOff().plusDays(1);
        return before.isAfter(afterCutOff) ? before : afterCutOff;
    }

    /** Is a scheduled build of the cycle due on {@code day} (programme time)? */
    public boolean dueOn(BoardCycle cycle, LocalDate day) {
        return !day.isBefore(firstDay(cycle)) && day.isBefore(cycle.meetingDate());
    }
}
