package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Context values (strings from -c, JSON types from cdk.json) become the stack's settings, or are refused. */
class InfraConfigTest {
    @Test
    void defaultsNeedOnlyTheJars() {
        InfraConfig c = InfraConfig.defaults("a.jar", "i.jar", "p.jar");
        assertEquals(2557, c.rawRetentionDays());
        assertEquals(90, c.noncurrentVersionDays());
        assertEquals(365, c.logRetentionDays());
        assertEquals(Optional.empty(), c.alarmEmail());
        assertEquals(Optional.empty(), c.domainName());
        assertEquals(7, c.buildHourUtc());
        assertEquals(0.5, c.dbMinCapacity());
        assertTrue(c.deletionProtection());
        assertEquals("1", c.secretsVersion());
    }

    @Test
    void contextOverridesTheDefaults() {
        Map<String, Object> context = Map.of("rawRetentionDays", "30", "logRetentionDays", 90.0, "alarmEmail", "ops@example.org",
                "domainName", "assurance.example.org", "certificateArn", "arn:aws:acm:eu-west-2:111122223333:certificate/x",
                "dbMinCapacity", "0", "deletionProtection", "false", "buildHourUtc", 6);
        InfraConfig c = InfraConfig.fromContext("a.jar", "i.jar", "p.jar", context::get);
        assertEquals(30, c.rawRetentionDays());
        assertEquals(90, c.logRetentionDays());
        assertEquals(Optional.of("ops@example.org"), c.alarmEmail());
        assertEquals(Optional.of("assurance.example.org"), c.domainName());
        assertEquals(0.0, c.dbMinCapacity());
        assertEquals(6, c.buildHourUtc());
        assertEquals(false, c.deletionProtection());
    }

    @Test
    void impossibleSettingsAreRefusedAtSynthesisNotAtDeploy() {
        assertThrows(IllegalArgumentException.class, () -> config(Map.of("logRetentionDays", "100")));
        assertThrows(IllegalArgumentException.class, () -> config(Map.of("rawRetentionDays", "0")));
        assertThrows(IllegalArgumentException.class, () -> config(Map.of("buildHourUtc", "24")));
        assertThrows(IllegalArgumentException.class, () -> config(Map.of("domainName", "assurance.example.org")));
        assertThrows(IllegalArgumentException.class, () -> config(Map.of("dbMinCapacity", "8", "dbMaxCapacity", "4")));
    }

    private static InfraConfig config(Map<String, Object> context) {
        return InfraConfig.fromContext("a.jar", "i.jar", "p.jar", context::get);
    }
}
