package org.sendpmo.cycle;

import java.util.EnumMap;
import java.util.Map;

/**
 * Each board's display name: the one the programme office set (the reference list {@code boards}), else the
 * {@link Board#title()}. A build reads them once as it starts, so a rename shows from the next pack built.
 */
public final class BoardNames {

    private final Map<Board, String> names = new EnumMap<>(Board.class);

    /** @param renamed the names the programme office set; a board left out keeps its title */
    public BoardNames(Map<Board, String> renamed) {
        for (Board b : Board.values()) {
            names.put(b, renamed.getOrDefault(b, b.title()));
        }
    }

    public String of(Board board) {
        return names.get(board);
    }

    /** The cycle with its board under the name held here. */
    public BoardCycle name(BoardCycle cycle) {
        return cycle.withBoardName(of(cycle.boardCode()));
    }
}
