package org.sendpmo.adapters.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.Fixtures;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

class JacksonReturnCodecTest {

    private final JacksonReturnCodec codec = new JacksonReturnCodec();

    @Test
    void roundTripGivesAnEqualReturn() {
        ProjectReturn ret = Fixtures.aReturn("P01", "2026-10", "On track apart from recruitment — “quoted” é ✓\nsecond line");
        assertEquals(ret, codec.decode(codec.encode(ret)));
    }

    @Test
    void theExactCanonicalForm() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.C10, 2);
        scores.put(Criterion.C01, 4);
        ProjectReturn ret = new ProjectReturn("P07", YearMonth.of(2026, 3), Rag.GREEN, "Fine",
                List.of(new Milestone("Go live", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8), false)),
                List.of("None"), new CriterionScores(scores), "A. Person");
        String expected = "{\"schema\":\"return/1\",\"projectId\":\"P07\",\"reportingMonth\":\"2026-03\",\"overallRag\":\"GREEN\","
                + "\"progressCommentary\":\"Fine\",\"milestones\":[{\"name\":\"Go live\",\"baseline\":\"2026-04-01\","
                + "\"forecast\":\"2026-04-08\",\"complete\":false}],\"keyRisksAndIssues\":[\"None\"],"
                + "\"scores\":{\"c01\":4,\"c10\":2},\"submittedBy\":\"A. Person\"}";
        assertEquals(expected, new String(codec.encode(ret), StandardCharsets.UTF_8));
    }

    @Test
    void equalValuesGiveIdenticalBytesWhateverTheMapOrder() {
        Map<Criterion, Integer> forwards = new java.util.LinkedHashMap<>();
        Map<Criterion, Integer> backwards = new java.util.LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            forwards.put(c, 1 + c.ordinal() % 5);
        }
        List<Criterion> reversed = new java.util.ArrayList<>(List.of(Criterion.values()));
        java.util.Collections.reverse(reversed);
        reversed.forEach(c -> backwards.put(c, 1 + c.ordinal() % 5));
        ProjectReturn a = withScores(new CriterionScores(forwards));
        ProjectReturn b = withScores(new CriterionScores(backwards));
        assertEquals(a, b);
        assertArrayEquals(codec.encode(a), codec.encode(b));
        assertArrayEquals(codec.encode(a), codec.encode(codec.decode(codec.encode(a))), "re-encoding is stable");
    }

    @Test
    void fieldsComeInTheFixedOrderAndMissingScoresAreOmitted() {
        ProjectReturn ret = withScores(CriterionScores.of(4, 3));
        String json = new String(codec.encode(ret), StandardCharsets.UTF_8);
        int last = -1;
        for (String field : JacksonReturnCodec.fieldOrder()) {
            int at = json.indexOf("\"" + field + "\":");
            assertTrue(at > last, field + " out of order in " + json);
            last = at;
        }
        assertTrue(json.contains("\"scores\":{\"c01\":4,\"c02\":3}"), json);
        assertTrue(!json.contains(": ") && !json.contains(", ") && !json.contains("\n"), "compact: " + json);
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.decode("{\"schema\":\"return/1\",".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("Not a return: the JSON is malformed"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() {
        String json = new String(codec.encode(Fixtures.aReturn("P01", "2026-10", "x")), StandardCharsets.UTF_8)
                .replace("\"overallRag\":\"AMBER\",", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> decode(json));
        assertEquals("Not a return: missing field 'overallRag'", e.getMessage());
    }

    @Test
    void badValuesAreExplained() {
        String good = new String(codec.encode(Fixtures.aReturn("P01", "2026-10", "x")), StandardCharsets.UTF_8);
        assertEquals("Not a return: field 'overallRag' must be RED, AMBER or GREEN: PURPLE",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("AMBER", "PURPLE"))).getMessage());
        assertEquals("Not a return: field 'reportingMonth' must be a month yyyy-MM: 2026-13",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("2026-10", "2026-13"))).getMessage());
        assertEquals("Not a return: field 'baseline' of milestone 1 must be a date yyyy-MM-dd: 2026-09-31",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("2026-09-01", "2026-09-31"))).getMessage());
        assertEquals("Not a return: c01 score must be 1 to 5: 9",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("\"c01\":4", "\"c01\":9"))).getMessage());
        assertEquals("Not a return: unknown criterion 'c12' in 'scores' (expected c01 to c11)",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("\"c01\":4", "\"c12\":4"))).getMessage());
        assertEquals("Not a return: unknown field 'extra' in the return",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("{\"schema\"", "{\"extra\":1,\"schema\""))).getMessage());
        assertEquals("Not a return: field 'schema' must be \"return/1\" but is \"return/2\"",
                assertThrows(IllegalArgumentException.class, () -> decode(good.replace("return/1", "return/2"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> decode("[1,2]")).getMessage().contains("expected a JSON object"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> codec.decode(new byte[0])).getMessage().contains("empty"));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> decode(good.replace("{\"schema\":\"return/1\"", "{\"schema\":\"return/1\",\"schema\":\"return/1\"")));
        assertTrue(duplicate.getMessage().contains("Duplicate field 'schema'"), duplicate.getMessage());
    }

    private ProjectReturn decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ProjectReturn withScores(CriterionScores scores) {
        ProjectReturn base = Fixtures.aReturn("P01", "2026-10", "Same");
        return new ProjectReturn(base.projectId(), base.reportingMonth(), base.overallRag(), base.progressCommentary(),
                base.milestones(), base.keyRisksAndIssues(), scores, base.submittedBy());
    }
}
