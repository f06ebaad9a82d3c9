package org.sendpmo.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendpmo.returns.Problem;
import org.sendpmo.risk.InvalidSettingsException;

class ConfidenceScaleTest {

    /** 5-point: one level per step. 3-point: Green at 0, Red from 4 (as on the 5-point form), Amber between. */
    @ParameterizedTest
    @CsvSource({
            "0, GREEN,       GREEN",
            "1, AMBER_GREEN, AMBER",
            "2, AMBER,       AMBER",
            "3, AMBER_RED,   AMBER",
            "4, RED,         RED",
            "5, RED,         RED",
            "9, RED,         RED"})
    void stepsMapToEachScale(int steps, ConfidenceRating fivePoint, ConfidenceRating threePoint) {
        assertEquals(fivePoint, ConfidenceScale.FIVE_POINT.fromSteps(steps));
        assertEquals(threePoint, ConfidenceScale.THREE_POINT.fromSteps(steps));
    }

    @Test
    void threePointHasNoSplitRatings() {
        assertEquals(List.of(ConfidenceRating.GREEN, ConfidenceRating.AMBER, ConfidenceRating.RED),
                ConfidenceScale.THREE_POINT.levels());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceScale.FIVE_POINT.fromSteps(-1));
    }

    @Test
    void definitionsComeFromSettings() {
        assertEquals("Successful delivery appears probable; constant attention is needed.",
                ConfidenceFixtures.fivePoint().definition(ConfidenceRating.AMBER_GREEN));
        assertEquals("Successful delivery is in doubt; issues need management attention.",
                ConfidenceFixtures.threePoint().definition(ConfidenceRating.AMBER));
        assertThrows(IllegalArgumentException.class,
                () -> ConfidenceFixtures.threePoint().definition(ConfidenceRating.AMBER_RED));
    }

    @Test
    void missingOrBlankDefinitionIsRefusedNamingTheSetting() {
        Map<ConfidenceRating, String> d = new EnumMap<>(ConfidenceFixtures.fivePointDefinitions());
        d.remove(ConfidenceRating.AMBER_RED);
        d.put(ConfidenceRating.GREEN, "  ");
        List<Problem> problems = refused(ConfidenceScale.FIVE_POINT, d, 60);
        assertEquals(List.of("confidence.definitions.GREEN", "confidence.definitions.AMBER_RED"),
                problems.stream().map(Problem::field).toList());
        assertEquals("Write the definition of Amber/Red to show in the pack", problems.get(1).message());
    }

    @Test
    void definitionForARatingOffTheScaleIsRefused() {
        List<Problem> problems = refused(ConfidenceScale.THREE_POINT, ConfidenceFixtures.fivePointDefinitions(), 60);
        assertEquals(List.of("confidence.definitions.AMBER_GREEN", "confidence.definitions.AMBER_RED"),
                problems.stream().map(Problem::field).toList());
        assertTrue(problems.get(0).message().contains("not on the THREE_POINT scale"));
    }

    @ParameterizedTest
    @CsvSource({"-1", "101"})
    void dataQualityThresholdOutsideZeroToHundredIsRefused(int threshold) {
        List<Problem> problems = refused(ConfidenceScale.FIVE_POINT, ConfidenceFixtures.fivePointDefinitions(), threshold);
        assertEquals(List.of(new Problem("confidence.data-quality-threshold", String.valueOf(threshold),
                "Set the data-quality threshold to a score from 0 to 100")), problems);
    }

    @Test
    void missingScaleIsRefused() {
        List<Problem> problems = refused(null, Map.of(), 60);
        assertEquals("confidence.scale", problems.get(0).field());
    }

    private static List<Problem> refused(ConfidenceScale scale, Map<ConfidenceRating, String> d, int threshold) {
        return assertThrows(InvalidSettingsException.class, () -> new ConfidenceSettings(scale, d, threshold)).problems();
    }
}
