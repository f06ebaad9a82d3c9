package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RankChangeTest {

    private final Map<String, Integer> before = Map.of("P01", 4, "P02", 1, "P03", 2);

    @Test
    void movesAreWrittenInWords() {
        assertEquals("Up 3", PackAssembler.rankChange(before, "P01", 1));
        assertEquals("Down 2", PackAssembler.rankChange(before, "P02", 3));
        assertEquals("No change", PackAssembler.rankChange(before, "P03", 2));
        assertEquals("Not ranked before", PackAssembler.rankChange(before, "P09", 5));
    }

    @Test
    void nothingIsSaidWithoutAPreviousPack() {
        assertEquals("", PackAssembler.rankChange(null, "P01", 1));
    }
}
