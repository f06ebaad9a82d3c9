package org.sendpmo.pack;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnReceipt;

/**
 * The returns a cycle's statuses and data-quality checks look back over: every version received by the cut-off for
 * the {@link CycleIndicators#CARRY_FORWARD_MONTHS} months up to the reporting month. Each version is there as a
 * receipt; only the versions {@link CycleIndicators#readInFull} names are read in full. At 10,000 projects with a
 * year of returns that is about 20,000 of 112,000 versions, and half of those are the returns in force, read anyway.
 *
 * @param receipts   every version of the window, as the ledger lists them
 * @param readInFull the versions read in full, in raw key order (so the manifest's digest of the window is stable)
 */
public record ReturnWindow(List<ReturnReceipt> receipts, List<RecordedReturn> readInFull) {

    public ReturnWindow {
        receipts = List.copyOf(receipts);
        readInFull = readInFull.stream().sorted(Comparator.comparing(r -> r.rawKey().value())).toList();
    }

    /** A window of returns all read in full. */
    public static ReturnWindow of(List<RecordedReturn> returns) {
        return new ReturnWindow(returns.stream().map(ReturnReceipt::of).toList(), returns);
    }

    /**
     * Reads a cycle's window from the ledger: the receipts, then in full the versions the indicators read that are not
     * among the returns in force already read.
     *
     * @param inForce  the returns in force for the cycle (most versions read in full are among them)
     * @param projects which projects' returns to keep
     */
    public static ReturnWindow read(ReturnLedger ledger, BoardCycle cycle, List<RecordedReturn> inForce,
                                    Predicate<String> projects) {
        List<ReturnReceipt> receipts = ledger.receiptsBetween(
                        cycle.reportingMonth().minusMonths(CycleIndicators.CARRY_FORWARD_MONTHS), cycle.reportingMonth(),
                        cycle.receivedBefore())
                .stream().filter(r -> projects.test(r.projectId())).toList();
        Set<RawKey> wanted = CycleIndicators.readInFull(cycle, receipts);
        Map<RawKey, RecordedReturn> read = new HashMap<>();
        inForce.stream().filter(r -> wanted.contains(r.rawKey())).forEach(r -> read.put(r.rawKey(), r));
        List<RawKey> rest = wanted.stream().filter(k -> !read.containsKey(k)).toList();
        if (!rest.isEmpty()) {
            ledger.findAll(rest).forEach(r -> read.put(r.rawKey(), r));
        }
        return new ReturnWindow(receipts, List.copyOf(read.values()));
    }
}
