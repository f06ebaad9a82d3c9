package org.sendpmo.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.local.demo.DemoProjects;
import org.sendpmo.local.demo.DemoReturns;
import org.sendpmo.returns.ProjectReturn;

/**
 * The local run's commands as a person types them, in this JVM: demo data on first use, an offline pack
 * in a folder, and the database rebuilt from the raw bucket. S3Proxy runs as a real child process.
 */
class LocalCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void buildsAnOfflinePackThenRebuildsTheDatabaseFromTheRawBucket() throws Exception {
        Path data = temp.resolve("data");
        Path out = temp.resolve("pack");

        String first = run("--data", data.toString(), "--out", out.toString(), "--cycle", "stsb-2026-11");
        assertTrue(first.contains("Loaded demo programme: 48 projects, 13 board cycles"), first);
        assertTrue(first.contains("Pack stsb-2026-11 SUCCEEDED"), first);
        Path build;
        try (Stream<Path> builds = Files.list(out.resolve("cycles/stsb-2026-11"))) {
            build = builds.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (int i = 1; i <= 48; i++) {
            assertTrue(Files.exists(build.resolve(String.format("projects/P%02d.html", i))), "page for project " + i);
        }
        assertTrue(Files.exists(out.resolve("index.html")) && Files.exists(build.resolve("assets/pack.css")));
        String risks = Files.readString(build.resolve("risks.html"));
        assertTrue(risks.contains("id=\"heat-map-table\"") && risks.contains("24 open entries and 1 closed"), "the demo register");
        String kpis = Files.readString(build.resolve("kpis.html"));
        assertTrue(kpis.contains("id=\"kpi-CK1-summary\"") && kpis.contains("than the 2025 baseline of"), "the demo KPI values");
        int returns = Integer.parseInt(first.replaceAll("(?s).*board cycles, (\\d+) returns.*", "$1"));

        deleteTree(data.resolve("h2"));
        String rebuilt = run("--data", data.toString(), "--rebuild-db");
        assertTrue(rebuilt.contains("Raw bucket: " + returns + " return objects; " + returns + " recorded now, 0 already recorded, 0 unusable"),
                rebuilt);

        String again = run("--data", data.toString(), "--rebuild-db");
        assertTrue(again.contains(returns + " return objects; 0 recorded now, " + returns + " already recorded"), again);
    }

    @Test
    void emptyStartsWithoutDemoDataWhichIsTheDefault() {
        assertTrue(LocalOptions.parse(new String[] {"--empty", "--port", "8081"}).empty());
        assertTrue(!LocalOptions.parse(new String[] {"--port", "8081"}).empty());
    }

    @Test
    void badOptionsAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--port", "eighty"}));
        assertTrue(e.getMessage().contains("--port must be a number from 1 to 65535, not eighty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--out"}));
        assertTrue(e.getMessage().startsWith("--out needs a value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--fast"}));
        assertTrue(e.getMessage().startsWith("Unknown option --fast"), e.getMessage());
    }

    @Test
    void demoReturnsAreDeterministic() {
        List<ProjectReturn> a = Stream.of(0, 1, 2).map(i -> DemoReturns.returnFor(DemoProjects.all().get(i), i,
                java.time.YearMonth.of(2026, 5))).toList();
        List<ProjectReturn> b = Stream.of(0, 1, 2).map(i -> DemoReturns.returnFor(DemoProjects.all().get(i), i,
                java.time.YearMonth.of(2026, 5))).toList();
        assertEquals(a, b);
        assertEquals(48, DemoProjects.all().size());
    }

    private static String run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LocalMain.main(args);
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
