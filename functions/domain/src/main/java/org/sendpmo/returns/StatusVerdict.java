package org.sendpmo.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A project's return status for a cycle as judged from receipts alone ({@link ReturnStatusService#judge}): which
 * version is used and how it arrived. It reads no return, so a whole programme's statuses can be judged from the
 * receipts of every version in the carry-forward window; {@link #withReturns} then makes the {@link ReturnStatus} the
 * pack shows, reading in full only the version used.
 *
 * @param used          the version used: this cycle's, or the one carried forward; empty when nothing can be
 * @param receivedOn    the day the version used arrived, in programme time; null when it is missing
 * @param monthsCarried whole months carried (≥ 1) when missing with a return carried forward, else 0
 */
public record StatusVerdict(String projectId, YearMonth cycleMonth, Timeliness timeliness, Optional<ReturnReceipt> used,
                            LocalDate receivedOn, int monthsCarried) {

    public StatusVerdict {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(cycleMonth, "cycleMonth");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(used, "used");
        if ((timeliness == Timeliness.MISSING) != (receivedOn == null) || (timeliness != Timeliness.MISSING && used.isEmpty())) {
            throw new IllegalArgumentException(timeliness + " with " + used + " received on " + receivedOn);
        }
    }

    /** What the pack says of a missing return, as {@link ReturnStatus.Missing#description()} does. */
    public String missingDescription() {
        return ReturnStatus.Missing.describe(used.map(ReturnReceipt::reportingMonth), monthsCarried);
    }

    /**
     * The status with the version used read in full.
     *
     * @param inFull the recorded return of a receipt; it must have the receipt's key and version
     */
    public ReturnStatus withReturns(Function<ReturnReceipt, RecordedReturn> inFull) {
        Optional<RecordedReturn> read = used.map(receipt -> receipt.readWith(inFull));
        return switch (timeliness) {
            case ON_TIME -> new ReturnStatus.OnTime(projectId, read.orElseThrow(), receivedOn);
            case LATE -> new ReturnStatus.Late(projectId, read.orElseThrow(), receivedOn);
            case MISSING -> new ReturnStatus.Missing(projectId, cycleMonth, read, monthsCarried);
        };
    }
}
