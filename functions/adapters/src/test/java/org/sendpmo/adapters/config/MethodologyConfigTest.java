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
}
