package org.sendpmo.cycle;

/**
 * A board cycle as a person typed it, every field as text ("" when empty). The dates take 16/12/2026 or
 * 2026-12-16; an empty due date or cut-off means "the return-schedule rules' default".
 *
 * @param board a {@link Board} code such as {@code STSB}; ignored when an existing cycle is edited
 */
public record CycleDraft(String board, String meetingDate, String reportingMonth, String returnsDue, String cutOff) {

    public CycleDraft {
        board = clean(board);
        meetingDate = clean(meetingDate);
        reportingMonth = clean(reportingMonth);
        returnsDue = clean(returnsDue);
        cutOff = clean(cutOff);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
