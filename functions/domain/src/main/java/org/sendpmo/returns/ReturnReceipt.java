package org.sendpmo.returns;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

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

    public String reference() {
        return rawKey.reference();
    }
}
