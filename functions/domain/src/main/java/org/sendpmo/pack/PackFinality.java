package org.sendpmo.pack;

import java.time.Instant;
import java.util.Optional;

/** Port: whether each cycle's pack is final, and its reopenings; changed under the cycle's lock. */
public interface PackFinality {

    /**
     * The cycle's state, with the cycle locked against other builds' pointer moves and final marks until the
     * surrounding transaction ends. Call it inside {@code Transactions.inTransaction}.
     *
     * @return empty when there is no such cycle
     */
    Optional<CyclePublication> lock(String cycleId);

    Optional<CyclePublication> read(String cycleId);

    void markFinal(String cycleId, CyclePublication.FinalMark mark);

    /** Clears the final mark and keeps it, with who reopened the pack, when and why, in the cycle's reopenings. */
    void reopen(String cycleId, String by, Instant at, String reason);
}
