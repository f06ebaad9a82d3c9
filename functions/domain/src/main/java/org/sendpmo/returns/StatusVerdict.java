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
        Optional<RecordedReturn> read = used.map(receipt -> read(receipt, inFull));
        return switch (timeliness) {
            case ON_TIME -> new ReturnStatus.OnTime(projectId, read.orElseThrow(), receivedOn);
            case LATE -> new ReturnStatus.Late(projectId, read.orElseThrow(), receivedOn);
            case MISSING -> new ReturnStatus.Missing(projectId, cycleMonth, read, monthsCarried);
        };
    }

    private static RecordedReturn read(ReturnReceipt receipt, Function<ReturnReceipt, RecordedReturn> inFull) {
        RecordedReturn recorded = inFull.apply(receipt);
        if (recorded == null || !recorded.rawKey().equals(receipt.rawKey()) || recorded.version() != receipt.version()) {
            throw new IllegalStateException("return " + receipt.reference() + " version " + receipt.version()
                    + " was not read in full (got " + (recorded == null ? "nothing" : recorded.reference() + " version "
                    + recorded.version()) + ")");
        }
        return recorded;
    }
}
