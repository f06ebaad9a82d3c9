package org.sendpmo.adapters.sheets;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRegister;
import org.sendpmo.storage.Transactions;

/**
 * Not a test: ingests a generated 10,000-row risk register as CSV and as XLSX the way the ingest function
 * does, and prints the time to parse and validate it (every cell checked, every entry built, linked
 * projects looked up in the database), the time to record it (all 10,000 entries through
 * {@link RiskRegister#record} in one transaction, into H2 in PostgreSQL mode, or PostgreSQL with
 * {@code -Dbenchmark.postgres=jdbc:postgresql://127.0.0.1:5432/test}), rows per second and peak heap.
 * Targets on the 2-core machines: CSV parse and validation at 20,000 rows/s or more; the XLSX recorded in
 * under 3 s; heap under 256 MB. Run it with {@code -Xmx256m} so that the heap target is enforced.
 *
 * <p>Each format runs in a JVM of its own, started with this JVM's options after this one has written the
 * files: "cold" is the first file that JVM reads (after the application context, H2 and the migrations
 * have started, as in a function's init), so class loading, interpretation and JIT compilation are in it.
 * "Warm" is the best of the next five, each into an emptied table so that each records 10,000 new
 * entries. "Again" records the same file once more: every entry is unchanged, so nothing is written.
 */
public final class RiskRegisterBenchmark {

    private static final int ROWS = 10_000;
    private static final int WARM_RUNS = 5;
    private static final int PROJECTS = 60;
    private static final LocalDate RECORDED_ON = LocalDate.of(2026, 4, 1);
    private static final String H2 = "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private RiskRegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            measure(args[0], Files.readAllBytes(Path.of(args[1])));
            return;
        }
        List<Map<String, Object>> rows = new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                Map<String, Object> row = SheetFixtures.riskRow(String.format("R%05d", i + 1));
                row.put("Linked projects", String.format("P%02d; P%02d", 1 + i % PROJECTS, 1 + (i + 7) % PROJECTS));
                return row;
            }

            @Override
            public int size() {
                return ROWS;
            }
        };
        Path dir = Files.createTempDirectory("risk-register-benchmark-");
        Path csv = Files.write(dir.resolve("register.csv"), SheetFixtures.csv(RiskSheet.SCHEMA.headers(), rows, StandardCharsets.UTF_8, true));
        Path xlsx = Files.write(dir.resolve("register.xlsx"), SheetFixtures.xlsx(RiskSheet.SCHEMA.sheetName(), RiskSheet.SCHEMA.headers(), rows));
        try {
            System.out.printf("10,000-row risk register, %d columns: CSV %,d bytes, XLSX %,d bytes; max heap %d MB; %d cores;"
                            + " load average %.1f%n", RiskSheet.SCHEMA.columns().size(), Files.size(csv), Files.size(xlsx),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            fork("CSV ", csv);
            fork("XLSX", xlsx);
        } finally {
            Files.delete(csv);
            Files.delete(xlsx);
            Files.delete(dir);
        }
    }

    /** Measures one format in a fresh JVM with this JVM's options and class path. */
    private static void fork(String label, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RiskRegisterBenchmark.class.getName(), label, file.toString()));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(label.strip() + " run failed with exit code " + exit);
        }
    }

    private record Run(long parse, long record, long peakHeap, int recorded) {
        long total() {
            return parse + record;
        }
    }

    private static void measure(String label, byte[] bytes) throws SQLException {
        String postgres = System.getProperty("benchmark.postgres");
        String schema = "risk_benchmark_" + ProcessHandle.current().pid();
        Map<String, Object> database = Map.of("datasources.default.url", H2);
        if (postgres != null) {
            // -Dbenchmark.postgres=jdbc:postgresql://127.0.0.1:5432/test: the production engine, in a schema of its own
            try (Connection c = java.sql.DriverManager.getConnection(postgres, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            database = Map.of("datasources.default.url", postgres + "?currentSchema=" + schema,
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "datasources.default.username", "postgres", "datasources.default.password", "");
        }
        try {
            measure(label, bytes, database);
        } finally {
            if (postgres != null) {
                try (Connection c = java.sql.DriverManager.getConnection(postgres, "postgres", ""); Statement s = c.createStatement()) {
                    s.execute("drop schema " + schema + " cascade");
                }
            }
        }
    }

    private static void measure(String label, byte[] bytes, Map<String, Object> database) throws SQLException {
        long start = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(database)) {
            long started = System.nanoTime() - start;
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            seedProjects(dataSource);
            ProjectDirectory projects = context.getBean(ProjectDirectory.class);
            RiskRegister register = context.getBean(RiskRegister.class);
            Transactions transactions = context.getBean(Transactions.class);
            System.out.printf("%s application context, %s and migrations started in %,d ms (not counted below)%n", label,
                    database.get("datasources.default.url").toString().startsWith("jdbc:h2") ? "H2" : "PostgreSQL", started / 1_000_000);

            Run cold = run(label, bytes, projects, register, transactions);
            Run best = null;
            long peak = cold.peakHeap();
            for (int i = 0; i < WARM_RUNS; i++) {
                emptyRegister(dataSource);
                Run warm = run(label, bytes, projects, register, transactions);
                peak = Math.max(peak, warm.peakHeap());
                best = best == null || warm.total() < best.total() ? warm : best;
            }
            Run again = run(label, bytes, projects, register, transactions);
            peak = Math.max(peak, again.peakHeap());
            print(label + " cold", cold, cold.peakHeap());
            print(label + " warm", best, peak);
            System.out.printf("%s again (all %,d unchanged, %d recorded): parse+validate %,6.0f ms, record %,6.0f ms%n",
                    label, ROWS, again.recorded(), again.parse() / 1e6, again.record() / 1e6);
        }
    }

    private static Run run(String label, byte[] bytes, ProjectDirectory projects, RiskRegister register, Transactions transactions) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        SheetResult<RiskEntry> result = RiskSheet.parse(bytes, projects);
        long parsed = System.nanoTime();
        if (!result.accepted() || result.rows().size() != ROWS) {
            throw new IllegalStateException(label + " not accepted: " + result.problems().stream().limit(5).toList());
        }
        int recorded = transactions.inTransaction(() -> register.record(result.values(), RECORDED_ON)).size();
        long done = System.nanoTime();
        return new Run(parsed - start, done - parsed, peakHeap(), recorded);
    }

    private static void print(String what, Run run, long peak) {
        if (run.recorded() != ROWS) {
            throw new IllegalStateException(what + " recorded " + run.recorded() + " entries, not " + ROWS);
        }
        System.out.printf("%s: parse+validate %,6.0f ms (%,7.0f rows/s), record %,6.0f ms, total %,6.0f ms (%,7.0f rows/s); peak heap %d MB%n",
                what, run.parse() / 1e6, ROWS / (run.parse() / 1e9), run.record() / 1e6, run.total() / 1e6,
                ROWS / (run.total() / 1e9), peak >> 20);
    }

    /** Projects P01 to P60, in plain JDBC so that no repository code runs before the measured ingest. */
    private static void seedProjects(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "insert into project (id, name, operational_group, lead, improvement_areas, name_key) values (?, ?, 1, 'Lead', '', ?)")) {
            for (int i = 1; i <= PROJECTS; i++) {
                String id = String.format("P%02d", i);
                insert.setString(1, id);
                insert.setString(2, "Project " + id);
                insert.setString(3, org.sendpmo.project.Project.nameKey("Project " + id));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void emptyRegister(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from risk_entry_version");
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound on the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
