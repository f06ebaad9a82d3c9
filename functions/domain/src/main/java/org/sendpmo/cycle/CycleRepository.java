package org.sendpmo.cycle;

import java.util.List;
import java.util.Optional;

/** Port: board cycles. */
public interface CycleRepository {

    Optional<BoardCycle> find(String id);

    /** All cycles, latest meeting first. */
    List<BoardCycle> all();

    void save(BoardCycle cycle);
}
