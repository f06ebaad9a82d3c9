package org.sendpmo.cycle;

/**
 * How far before a board meeting returns are due and data is cut off, in working days
 * (methodology §3). Someone else binds these from configuration; the names in the messages are the
 * setting names.
 *
 * @param dueWorkingDaysBefore    the default due date is this many working days before the meeting (10)
 * @param cutOffWorkingDaysBefore the default data cut-off is this many working days before the meeting (5)
 */
public record ReturnScheduleSettings(int dueWorkingDaysBefore, int cutOffWorkingDaysBefore) {

    /** A board papers cycle longer than about three months is a typing mistake. */
    public static final int MAX_WORKING_DAYS = 60;

    public ReturnScheduleSettings {
        if (dueWorkingDaysBefore < 1 || dueWorkingDaysBefore > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("returns.due-working-days-before must be between 1 and "
                    + MAX_WORKING_DAYS + " working days; it is " + dueWorkingDaysBefore);
        }
        if (cutOffWorkingDaysBefore < 0 || cutOffWorkingDaysBefore > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("returns.cut-off-working-days-before must be between 0 and "
                    + MAX_WORKING_DAYS + " working days; it is " + cutOffWorkingDaysBefore);
        }
        if (cutOffWorkingDaysBefore > dueWorkingDaysBefore) {
            throw new IllegalArgumentException("returns.cut-off-working-days-before (" + cutOffWorkingDaysBefore
                    + ") must not be more than returns.due-working-days-before (" + dueWorkingDaysBefore
                    + "): the cut-off cannot come before the due date");
        }
    }
}
