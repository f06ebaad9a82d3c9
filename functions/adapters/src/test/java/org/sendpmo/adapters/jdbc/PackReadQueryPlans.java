package org.sendpmo.adapters.jdbc;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendpmo.adapters.Fixtures;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiTargets;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnLedger;

/**
 * The plans of the two queries a pack build reads the most with, on each engine (the subclasses), on a small programme
 * (30 projects, a year of returns, some resubmitted; KPI values) after ANALYZE. Each once asked, for every row, whether
 * a later version existed (a correlated NOT EXISTS), which H2 answered by reading the project's or the KPI's rows again
 * for each row, so a 10,000-project build's reading grew with the square of the data. Now the returns in force are a
 * grouped join (the latest month per project, its highest version, then the row) and the KPI values one ordered scan
 * whose first row per value {@link JdbcKpiStore} keeps. Each subclass asserts the shape in its engine's terms.
 * {@code KpiValueQueryPlanTest} checks the KPI value look-up made on each record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PackReadQueryPlans {

    private ApplicationContext context;
    protected DataSource dataSource;

    /** Datasource properties for a fresh, empty database; may abort (skip, saying why) when the engine is absent. */
    protected abstract Map<String, Object> freshDatabase();

    protected void dropDatabase() {
    }

    @BeforeAll
    void load() {
        context = ApplicationContext.run(freshDatabase());
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        ProjectDirectory projects = context.getBean(ProjectDirectory.class);
        ReturnLedger ledger = context.getBean(ReturnLedger.class);
        ReturnCodec codec = context.getBean(ReturnCodec.class);
        KpiStore kpis = context.getBean(KpiStore.class);
        kpis.saveDefinitions(java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(k -> new KpiDefinition(
                "K0" + k, "KPI " + k, KpiUnit.COUNT, Polarity.HIGHER_IS_BETTER, "Owner",
                KpiFrequency.MONTHLY, true, Set.of(), KpiTargets.NONE)).toList());
        for (int p = 1; p <= 30; p++) {
            String id = String.format("P%02d", p);
            projects.save(new Project(id, "Project " + id, 1, Set.of(), "Lead"));
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(2025, m);
                Instant at = month.plusMonths(1).atDay(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                for (int v = 1; v <= (p % 3 == 0 ? 2 : 1); v++) {
                    ProjectReturn ret = Fixtures.aReturn(id, month.toString(), "Progress " + v);
                    ledger.record(ret, RawKey.forReturn(ret, codec.encode(ret)), at.plusSeconds(v));
                }
                if (m <= 6) {
                    for (int k = 1; k <= 3; k++) {
                        kpis.record("K0" + k, id, month, BigDecimal.valueOf(p + m), at);
                    }
                }
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            dropDatabase();
        }
    }

    /** Asserts the engine's plan of {@link ReturnRows#LATEST_PER_PROJECT} keeps its shape. */
    protected abstract void assertReturnsInForcePlan(String plan);

    /** Asserts the engine's plan of {@link KpiValueRows#VERSIONS_UP_TO} keeps its shape. */
    protected abstract void assertKpiValuesPlan(String plan);

    @Test
    void theReturnsInForceAreAGroupedJoin() throws SQLException {
        assertReturnsInForcePlan(plan(ReturnRows.LATEST_PER_PROJECT));
    }

    @Test
    void theKpiValuesAreOneOrderedScan() throws SQLException {
        assertKpiValuesPlan(plan(KpiValueRows.VERSIONS_UP_TO));
    }

    private static final Pattern NAMED = Pattern.compile(":([a-zA-Z]+)");

    /** The engine's plan for the query, its named parameters bound to values the data has. */
    protected String plan(String sql) throws SQLException {
        Map<String, Object> values = Map.of("upToMonth", "2025-10",
                "receivedBefore", Timestamp.from(Instant.parse("2025-11-20T00:00:00Z")));
        List<Object> bound = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        while (m.find()) {
            bound.add(values.get(m.group(1)));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement explain = c.prepareStatement("EXPLAIN " + NAMED.matcher(sql).replaceAll("?"))) {
            for (int i = 0; i < bound.size(); i++) {
                explain.setObject(i + 1, bound.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
