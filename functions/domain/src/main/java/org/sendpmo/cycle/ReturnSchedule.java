package org.sendpmo.cycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a cycle's returns are due and when its data is cut off, each computed or overridden.
 * Both dates are inclusive days in programme time (Europe/London).
 */
public record ReturnSchedule(LocalDate meetingDate, ScheduledDate due, ScheduledDate cutOff) {

    public ReturnSchedule {
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(cutOff, "cutOff");
        if (due.date().isAfter(cutOff.date())) {
            throw new IllegalArgumentException("the due date " + due.date() + " is after the data cut-off " + cutOff.date());
        }
        if (cutOff.date().isAfter(meetingDate)) {
            throw new IllegalArgumentException("the data cut-off " + cutOff.date() + " is after the meeting " + meetingDate);
        }
    }

    public LocalDate dueDate() {
        return due.date();
    }

    public LocalDate cutOffDate() {
        return cutOff.date();
    }
}
