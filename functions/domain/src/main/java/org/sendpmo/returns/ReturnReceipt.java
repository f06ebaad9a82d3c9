package org.sendpmo.returns;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Function;

/**
 * That a version of a return arrived, without its content: which project and month, which version, and when. It is
 * all a cycle's statuses need from most of the versions they look back over (which month was returned, which version
 * is the latest, whether it came by the due date), so the ledger can give it without reading the return itself.
 */
public record ReturnReceipt(RawKey rawKey, String projectId, YearMonth reportingMonth, int version, Instant receivedAt) {

    public ReturnReceipt {
        Objects.requireNonNull(rawKey, "rawKey");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reportingMonth, "reportingMonth");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public static ReturnReceipt of(RecordedReturn recorded) {
        return new ReturnReceipt(recorded.rawKey(), recorded.content().projectId(), recorded.content().reportingMonth(),
                recorded.version(), recorded.receivedAt());
    }

    /**
     * This version as read in full by {@code inFull}, which must give the return with this receipt's key and version.
     *
     * @throws IllegalStateException when it gives nothing or another version: a caller asked for a version it had not read
     */
    public RecordedReturn readWith(Function<ReturnReceipt, RecordedReturn> inFull) {
        RecordedReturn recorded = inFull.apply(this);
        if (recorded == null || !recorded.rawKey().equals(rawKey) || recorded.version() != version) {
            throw new IllegalStateException("return " + reference() + " version " + version + " was not read in full (got "
                    + (recorded == null ? "nothing" : recorded.reference() + " version " + recorded.version()) + ")");
        }
        return recorded;
    }

    public String reference() {
        return rawKey.reference();
    }
}
