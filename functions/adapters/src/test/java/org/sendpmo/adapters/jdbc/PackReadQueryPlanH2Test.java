package org.sendpmo.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The pack build's read plans on H2 in PostgreSQL mode, as application.yml configures it. H2 prints the plan as SQL,
 * each table read with the index it walks; a correlated subquery stays in it as EXISTS (the NOT EXISTS of before, which
 * H2 answered through the month index, reading every project's rows of every month for each row).
 */
class PackReadQueryPlanH2Test extends PackReadQueryPlans {

    @Override
    protected Map<String, Object> freshDatabase() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:plans" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /**
     * H2 joins the grouped subqueries by looking each one up with the outer row's project (and month) bound, so each
     * look-up reads one project's rows through the unique (project, month, version) index: it grows with the rows times
     * a project's own rows, not with the square of all the rows.
     */
    @Override
    protected void assertReturnsInForcePlan(String plan) {
        assertFalse(plan.contains("EXISTS"), plan);
        assertFalse(plan.contains("project_return_month_idx"), "no walk of every project's months per row: " + plan);
        assertTrue(plan.contains("project_return_version_uq"), "one project's rows per look-up: " + plan);
    }

    @Override
    protected void assertKpiValuesPlan(String plan) {
        assertFalse(plan.contains("EXISTS"), plan);
        assertEquals(1, Pattern.compile("FROM \"public\"\\.\"kpi_value\"").matcher(plan).results().count(), plan);
        assertTrue(plan.contains("kpi_value_month_idx: reporting_month <= ?1"), "one range of months: " + plan);
    }
}
