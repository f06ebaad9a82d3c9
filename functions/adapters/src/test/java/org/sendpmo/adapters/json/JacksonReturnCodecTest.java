package org.sendpmo.adapters.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.Fixtures;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnFinance;
import org.sendpmo.returns.SafetyValveImpact;
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

    /** The bytes and hash of a return written before the optional fields existed (as {@link #theExactCanonicalForm}). */
    private static final String OLD_RETURN = "{\"schema\":\"return/1\",\"projectId\":\"P07\",\"reportingMonth\":\"2026-03\","
            + "\"overallRag\":\"GREEN\",\"progressCommentary\":\"Fine\",\"milestones\":[{\"name\":\"Go live\","
            + "\"baseline\":\"2026-04-01\",\"forecast\":\"2026-04-08\",\"complete\":false}],\"keyRisksAndIssues\":[\"None\"],"
            + "\"scores\":{\"c01\":4,\"c10\":2},\"submittedBy\":\"A. Person\"}";
    private static final String OLD_RETURN_SHA256 = "63f99dab36e3b304da220ff12d61e2e1628f1d53ac85a508c628de6e5d96802a";

    @Test
    void aReturnWithoutTheOptionalFieldsKeepsItsBytesHashAndKey() {
        assertEquals(OLD_RETURN_SHA256, RawKey.sha256(OLD_RETURN.getBytes(StandardCharsets.UTF_8)), "the pinned raw object");
        ProjectReturn old = decode(OLD_RETURN);
        assertEquals(null, old.percentComplete());
        assertEquals(ReturnFinance.NONE, old.finance());
        assertTrue(old.improvementAreas().isEmpty() && old.kpiValues().isEmpty());
        byte[] again = codec.encode(old);
        assertEquals(OLD_RETURN, new String(again, StandardCharsets.UTF_8));
        assertEquals("returns/2026-03/P07/" + OLD_RETURN_SHA256 + ".json", RawKey.forReturn(old, again).value());
        ProjectReturn notAssured = old.with(null, new ReturnFinance(null, null, null, null, false), java.util.Set.of(), List.of());
        assertEquals(OLD_RETURN, new String(codec.encode(notAssured), StandardCharsets.UTF_8),
                "finance not assured and without figures writes nothing");
    }

    private static ProjectReturn withNewFields() {
        return Fixtures.aReturn("P01", "2026-10", "x").with(new BigDecimal("45.50"),
                new ReturnFinance(new BigDecimal("250000"), new BigDecimal("1.25E+6"), new BigDecimal("80000.00"),
                        SafetyValveImpact.MEDIUM, true),
                EnumSet.of(ImprovementArea.C6, ImprovementArea.C1),
                List.of(new KpiValue("K21", new BigDecimal("42.50")), new KpiValue("CK3", new BigDecimal("598"))));
    }

    @Test
    void theOptionalFieldsInTheirCanonicalForm() {
        String json = new String(codec.encode(withNewFields()), StandardCharsets.UTF_8);
        assertTrue(json.endsWith(",\"submittedBy\":\"Jo Lead\",\"percentComplete\":45.5,\"improvementAreas\":[\"C1\",\"C6\"],"
                + "\"kpiValues\":[{\"kpiId\":\"CK3\",\"value\":598},{\"kpiId\":\"K21\",\"value\":42.5}],"
                + "\"finance\":{\"shortTermSavings\":250000,\"longTermSavings\":1250000,\"costToDeliver\":80000,"
                + "\"safetyValveImpact\":\"MEDIUM\",\"financeAssured\":true}}"), json);
        assertEquals(withNewFields(), codec.decode(codec.encode(withNewFields())));
        assertArrayEquals(codec.encode(withNewFields()), codec.encode(codec.decode(codec.encode(withNewFields()))),
                "re-encoding is stable");
    }

    @Test
    void eachOptionalFieldIsWrittenOnlyWhenPresent() {
        ProjectReturn base = Fixtures.aReturn("P01", "2026-10", "x");
        String plain = new String(codec.encode(base), StandardCharsets.UTF_8);
        String prefix = plain.substring(0, plain.length() - 1);
        assertEquals(prefix + ",\"percentComplete\":0}",
                new String(codec.encode(base.with(BigDecimal.ZERO, null, java.util.Set.of(), List.of())), StandardCharsets.UTF_8));
        assertEquals(prefix + ",\"finance\":{\"financeAssured\":true}}", new String(codec.encode(base.with(null,
                new ReturnFinance(null, null, null, null, true), java.util.Set.of(), List.of())), StandardCharsets.UTF_8));
        assertEquals(prefix + ",\"finance\":{\"costToDeliver\":0,\"safetyValveImpact\":\"NONE\"}}", new String(codec.encode(
                base.with(null, new ReturnFinance(null, null, new BigDecimal("0.00"), SafetyValveImpact.NONE, false),
                        java.util.Set.of(), List.of())), StandardCharsets.UTF_8), "not assured: financeAssured is left out");
        for (ProjectReturn r : List.of(base.with(BigDecimal.ZERO, null, java.util.Set.of(), List.of()),
                base.with(null, new ReturnFinance(null, null, BigDecimal.ZERO, SafetyValveImpact.NONE, false), java.util.Set.of(), List.of()),
                base.with(null, null, EnumSet.of(ImprovementArea.C9), List.of()),
                base.with(null, null, java.util.Set.of(), List.of(new KpiValue("K01", new BigDecimal("-3.5")))))) {
            assertEquals(r, codec.decode(codec.encode(r)));
        }
    }

    @Test
    void optionalFieldsAreDecodedLeniently() {
        String prefix = OLD_RETURN.substring(0, OLD_RETURN.length() - 1);
        ProjectReturn ret = decode(prefix + ",\"finance\":{\"financeAssured\":false,\"longTermSavings\":1e3},\"percentComplete\":null}");
        assertEquals(new ReturnFinance(null, new BigDecimal("1000"), null, null, false), ret.finance());
        assertEquals(null, ret.percentComplete());
    }

    @Test
    void badOptionalFieldsAreExplained() {
        String prefix = OLD_RETURN.substring(0, OLD_RETURN.length() - 1);
        assertEquals("Not a return: field 'percentComplete' must be a number",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"percentComplete\":\"45\"}")).getMessage());
        assertEquals("Not a return: percent complete must be 0 to 100: 101",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"percentComplete\":101}")).getMessage());
        assertEquals("Not a return: unknown improvement area 'C10' in 'improvementAreas' (expected C1 to C9)",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"improvementAreas\":[\"C10\"]}")).getMessage());
        assertEquals("Not a return: KPI K21 has more than one value: a return holds one per KPI",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix
                        + ",\"kpiValues\":[{\"kpiId\":\"K21\",\"value\":1},{\"kpiId\":\"K21\",\"value\":2}]}")).getMessage());
        assertEquals("Not a return: missing field 'value' of KPI value 1",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"kpiValues\":[{\"kpiId\":\"K21\"}]}")).getMessage());
        assertEquals("Not a return: unknown field 'note' in 'finance'",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"finance\":{\"note\":1}}")).getMessage());
        assertEquals("Not a return: short-term savings must be zero or more and less than 1000000000000 pounds: -1",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"finance\":{\"shortTermSavings\":-1}}")).getMessage());
        assertEquals("Not a return: field 'safetyValveImpact' of 'finance' must be NONE, LOW, MEDIUM or HIGH: SEVERE",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"finance\":{\"safetyValveImpact\":\"SEVERE\"}}"))
                        .getMessage());
        assertEquals("Not a return: field 'financeAssured' of 'finance' must be true or false",
                assertThrows(IllegalArgumentException.class, () -> decode(prefix + ",\"finance\":{\"financeAssured\":\"yes\"}}")).getMessage());
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
        ProjectReturn full = withNewFields();
        ProjectReturn ret = withScores(CriterionScores.of(4, 3)).with(full.percentComplete(), full.finance(),
                full.improvementAreas(), full.kpiValues());
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
