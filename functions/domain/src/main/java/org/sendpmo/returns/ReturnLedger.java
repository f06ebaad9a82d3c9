package org.sendpmo.returns;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the recorded returns in the database. */
public interface ReturnLedger {

    Optional<RecordedReturn> findByRawKey(RawKey key);

    /** Records the return as the next version for its project and month. */
    RecordedReturn record(ProjectReturn ret, RawKey key, Instant receivedAt);

    /**
     * For each project, the latest version of its latest return with a reporting month on or before
     * {@code upToMonth} that was received before {@code receivedBefore}.
     */
    List<RecordedReturn> latestPerProject(YearMonth upToMonth, Instant receivedBefore);

    /**
     * A receipt for every version of every project's returns for months {@code fromMonth} to {@code upToMonth}
     * received before {@code receivedBefore}, by project, then month (latest first), then version (highest first):
     * one query for a whole cycle's statuses, reading no return's content.
     */
    List<ReturnReceipt> receiptsBetween(YearMonth fromMonth, YearMonth upToMonth, Instant receivedBefore);

    /** The recorded returns with these keys, in no particular order; a key not recorded is left out. */
    List<RecordedReturn> findAll(Collection<RawKey> keys);

    /** Every version for the project, newest first. */
    List<RecordedReturn> history(String projectId);

    long count();
}
