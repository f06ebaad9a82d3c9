package org.sendpmo.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pack build's read plans on PostgreSQL, in a schema of its own (skipped, saying why, where no server answers).
 * EXPLAIN names each scan "on table"; a subquery run for each row is a SubPlan.
 */
class PackReadQueryPlanPostgresTest extends PackReadQueryPlans {

    private final JdbcPostgresTest postgres = new JdbcPostgresTest();

    @Override
    protected Map<String, Object> freshDatabase() {
        return postgres.freshDatabase();
    }

    @Override
    protected void dropDatabase() {
        postgres.dropDatabase();
    }

    private static long scans(String plan, String table) {
        return Pattern.compile(" on " + table + "\\b").matcher(plan).results().count();
    }

    @Override
    protected void assertReturnsInForcePlan(String plan) {
        assertFalse(plan.contains("SubPlan"), plan);
        assertEquals(3, scans(plan, "project_return"), "latest months, their highest versions, the rows: " + plan);
    }

    @Override
    protected void assertKpiValuesPlan(String plan) {
        assertFalse(plan.contains("SubPlan"), plan);
        assertEquals(1, scans(plan, "kpi_value"), plan);
    }
}
