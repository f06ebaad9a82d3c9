package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;

class CanonicalJsonTest {

    private record Sample(String name, Integer count, BigDecimal amount, List<String> ordered, Set<String> unordered,
                          Map<String, Object> map, Optional<LocalDate> on, YearMonth month, Instant at) {
    }

    @Test
    void componentsAndKeysInNameOrderSetsSortedListsAsTheyAre() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", null);
        Sample sample = new Sample("Caf\u00e9 \"x\"\n", 3, new BigDecimal("1.50"), List.of("b", "a"),
                new LinkedHashSet<>(List.of("b", "a")), map, Optional.empty(), YearMonth.of(2026, 3), Instant.parse("2026-04-03T09:00:00Z"));
        assertEquals("{\"amount\":1.50,\"at\":\"2026-04-03T09:00:00Z\",\"count\":3,\"map\":{\"a\":null,\"z\":1},"
                + "\"month\":\"2026-03\",\"name\":\"Caf\u00e9 \\\"x\\\"\\n\",\"on\":null,\"ordered\":[\"b\",\"a\"],"
                + "\"unordered\":[\"a\",\"b\"]}", CanonicalJson.of(sample));
    }

    @Test
    void aSetHashesTheSameWhateverOrderItIteratesIn() {
        Set<String> one = new LinkedHashSet<>(List.of("P01", "P02", "P03"));
        Set<String> other = new LinkedHashSet<>(List.of("P03", "P01", "P02"));
        assertEquals(CanonicalJson.sha256(one), CanonicalJson.sha256(other));
        Project a = new Project("P01", "Alpha", 1, EnumSet.of(ImprovementArea.C8, ImprovementArea.C1), "Lead");
        Project b = new Project("P01", "Alpha", 1, Set.of(ImprovementArea.C1, ImprovementArea.C8), "Lead");
        assertEquals(CanonicalJson.of(a), CanonicalJson.of(b));
        // every field of the registry's project is an input of the pack: a renamed or closed project changes its digest
        assertEquals("{\"closedOn\":null,\"dependencies\":[],\"description\":\"\",\"id\":\"P01\","
                + "\"improvementAreas\":[\"C1\",\"C8\"],\"lead\":\"Lead\",\"leadUsername\":\"\",\"name\":\"Alpha\","
                + "\"operationalGroup\":1,\"plannedEndDate\":null,\"priorities\":[],\"stage\":\"IMPLEMENTATION\",\"startDate\":null}",
                CanonicalJson.of(a));
    }

    @Test
    void aListInAnotherOrderOrAnotherScaleIsAnotherValue() {
        assertNotEquals(CanonicalJson.sha256(List.of("a", "b")), CanonicalJson.sha256(List.of("b", "a")));
        assertNotEquals(CanonicalJson.sha256(new BigDecimal("1.5")), CanonicalJson.sha256(new BigDecimal("1.50")));
    }

    @Test
    void refusesATypeWithoutAStableForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.of(new Object()));
        assertEquals("No canonical form for java.lang.Object", e.getMessage());
    }

    @Test
    void theHashIsTakenAsTheTextIsWrittenAndEqualsTheHashOfTheWholeText() {
        // Long enough to be hashed in several 64 KB chunks, with surrogate pairs (an emoji) throughout.
        List<Object> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(Map.of("n", i, "text", "row " + i + " \uD83D\uDE00 \u00e9 \"quoted\"", "day", LocalDate.of(2026, 1, 1 + i % 28),
                    "amount", new BigDecimal("12.50")));
        }

        assertEquals(org.sendpmo.returns.RawKey.sha256(CanonicalJson.of(rows)), CanonicalJson.sha256(rows));
        // The opening quote and 65,534 letters put the emoji's first half last in the first 64 KB chunk: the pair
        // must be encoded together, not as two broken halves.
        String straddling = "a".repeat(65_534) + "\uD83D\uDE00";
        assertEquals(org.sendpmo.returns.RawKey.sha256(CanonicalJson.of(straddling)), CanonicalJson.sha256(straddling));
    }
}
