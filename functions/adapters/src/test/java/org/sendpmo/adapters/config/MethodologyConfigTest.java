package org.sendpmo.adapters.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.Direction;
import org.sendpmo.scoring.Methodology;

/** The methodology comes from configuration; bad settings stop start-up with each setting named. */
class MethodologyConfigTest {

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String failure(Map<String, Object> overrides) {
        try (ApplicationContext context = ApplicationContext.builder().properties(overrides).start()) {
            Throwable t = assertThrows(RuntimeException.class, () -> context.getBean(Methodology.class));
            return rootCause(t).getMessage();
        }
    }

    @Test
    void theDefaultsAreMethodologyV1() {
        try (ApplicationContext context = ApplicationContext.run()) {
            Methodology m = context.getBean(Methodology.class);
            assertEquals("v1", m.version());
            assertEquals(new BigDecimal("12"), m.totalWeight());
            assertEquals(new BigDecimal("2"), m.rule(Criterion.C01).weight());
            assertEquals(Direction.COST, m.rule(Criterion.C10).direction());
            assertEquals(new BigDecimal("65"), m.highAtLeast());
        }
    }

    @Test
    void changingAWeightInConfigurationChangesTheMethodology() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "assurance.methodology.version", "v1-local", "assurance.methodology.criteria.c11.weight", "3"))) {
            Methodology m = context.getBean(Methodology.class);
            assertEquals("v1-local", m.version());
            assertEquals(new BigDecimal("14"), m.totalWeight());
        }
    }

    @Test
    void aWeightThatIsNotPositiveIsRefusedByName() {
        String message = failure(Map.of("assurance.methodology.criteria.c03.weight", "0"));
        assertTrue(message.contains("assurance.methodology.criteria.c03.weight must be a positive number, is 0"), message);
    }

    @Test
    void overlappingBandsAreRefused() {
        String message = failure(Map.of("assurance.methodology.medium-at-least", "70"));
        assertTrue(message.contains("assurance.methodology.medium-at-least (70) must be below assurance.methodology.high-at-least (65)"),
                message);
    }

    @Test
    void anUnknownCriterionAndABadDirectionAreRefusedTogether() {
        String message = failure(Map.of("assurance.methodology.criteria.c12.weight", "1",
                "assurance.methodology.criteria.c07.direction", "sideways"));
        assertTrue(message.contains("assurance.methodology.criteria.c12 is not a criterion: use c01 to c11"), message);
        assertTrue(message.contains("assurance.methodology.criteria.c07.direction must be benefit or cost, is 'sideways'"), message);
    }

    private static String settingsFailure(Class<?> bean, Map<String, Object> overrides) {
        try (ApplicationContext context = ApplicationContext.builder().properties(overrides).start()) {
            return rootCause(assertThrows(RuntimeException.class, () -> context.getBean(bean))).getMessage();
        }
    }

    @Test
    void riskAndConfidenceSettingsComeFromConfiguration() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("assurance.methodology.risk.appetite.complaints", "6"))) {
            org.sendpmo.risk.RiskSettings risk = context.getBean(org.sendpmo.risk.RiskSettings.class);
            assertEquals(12, risk.defaultAppetite());
            assertEquals(6, risk.appetiteByCategory().get(org.sendpmo.risk.RiskCategory.COMPLAINTS));
            assertEquals(30, risk.reviewPeriodDays().get(org.sendpmo.risk.RiskRating.HIGH));
            org.sendpmo.confidence.ConfidenceSettings confidence = context.getBean(org.sendpmo.confidence.ConfidenceSettings.class);
            assertEquals(org.sendpmo.confidence.ConfidenceScale.FIVE_POINT, confidence.scale());
            assertEquals(60, confidence.dataQualityThreshold());
        }
    }

    @Test
    void badRiskAndConfidenceSettingsAreRefusedByName() {
        String overlap = settingsFailure(org.sendpmo.risk.RiskSettings.class, Map.of("assurance.methodology.risk.bands.medium", "6-12"));
        assertTrue(overlap.contains("assurance.methodology.risk.bands"), overlap);
        String category = settingsFailure(org.sendpmo.risk.RiskSettings.class, Map.of("assurance.methodology.risk.appetite.weather", "9"));
        assertTrue(category.contains("assurance.methodology.risk.appetite.weather: 'weather' is not one of data-quality,"), category);
        String scale = settingsFailure(org.sendpmo.confidence.ConfidenceSettings.class,
                Map.of("assurance.methodology.confidence.scale", "four-point"));
        assertTrue(scale.contains("assurance.methodology.confidence.scale: 'four-point' is not one of five-point, three-point"), scale);
    }

    @Test
    void ragDefinitionsComeFromConfigurationAndABlankOneIsRefusedByName() {
        try (ApplicationContext context = ApplicationContext.run()) {
            org.sendpmo.returns.RagDefinitions rag = context.getBean(org.sendpmo.returns.RagDefinitions.class);
            assertTrue(rag.definition(org.sendpmo.returns.Rag.RED).startsWith("Off track"), rag.toString());
            org.sendpmo.pack.MethodRules rules = context.getBean(org.sendpmo.pack.MethodRules.class);
            assertEquals(3, rules.rankMoveShown());
            assertEquals(10, rules.returns().dueWorkingDaysBefore());
        }
        String blank = settingsFailure(org.sendpmo.returns.RagDefinitions.class,
                Map.of("assurance.methodology.rag.definitions.amber", " "));
        assertTrue(blank.contains("assurance.methodology.rag.definitions.AMBER"), blank);
        assertTrue(blank.contains("Write the definition of Amber to show in the pack"), blank);
    }
}
