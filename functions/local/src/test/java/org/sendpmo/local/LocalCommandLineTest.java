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

    /**
     * A demo load that fails half-way (here S3Proxy cannot store any return: a file stands where the raw bucket's
     * "returns/" folder would go) stops the run with what to do, and the next start in that folder refuses to
     * serve the half-loaded programme, though the database is no longer empty.
     */
    @Test
    void aDemoLoadThatFailsStopsTheRunAndTheNextStartSaysWhatToDo() throws Exception {
        Path data = temp.resolve("data");
        Path blocker = blockReturnStorage(data);
        String[] args = {"--data", data.toString(), "--out", temp.resolve("pack").toString()};

        LocalRunStopped failed = assertThrows(LocalRunStopped.class, () -> LocalMain.run(args));
        assertTrue(failed.getMessage().startsWith("The demo programme could not be loaded into " + data.toAbsolutePath()
                + ": demo return P01 2025-11 not stored: Could not store s3://" + LocalMain.RAW_BUCKET + "/returns/2025-11/P01/"),
                failed.getMessage());
        assertTrue(!failed.getMessage().contains(".."), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("Delete the folder " + data.toAbsolutePath()
                + " and start again, or start with --data and a new folder."), failed.getMessage());
        assertTrue(Files.exists(data.resolve(DemoLoadGuard.MARKER)));
        assertTrue(!Files.exists(temp.resolve("pack")), "no pack is built from a half-loaded programme");

        Files.delete(blocker);
        LocalRunStopped refused = assertThrows(LocalRunStopped.class, () -> LocalMain.run(args));
        assertTrue(refused.getMessage().startsWith("The demo programme in " + data.toAbsolutePath() + " was only partly loaded"),
                refused.getMessage());
    }

    /** The server is up before the demo load; a failed load must take it down, not leave it serving. */
    @Test
    void aServerWhoseDemoLoadFailsStopsServing() throws Exception {
        Path data = temp.resolve("served");
        blockReturnStorage(data);
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThrows(LocalRunStopped.class, () -> LocalMain.run(new String[] {"--data", data.toString(), "--port", String.valueOf(port)}));
        // Netty closes its listening socket as its event loops wind down, which may end just after the context closed.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (accepts(port)) {
            assertTrue(System.nanoTime() < deadline, "the local server still accepts connections on port " + port + " after 15 s");
            Thread.sleep(100);
        }
    }

    private static boolean accepts(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
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
            LocalMain.run(args);
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }

    /** S3Proxy keeps a bucket as a folder: a file where the raw bucket's "returns/" folder goes fails every PUT of a return. */
    private static Path blockReturnStorage(Path data) throws IOException {
        Path blocker = data.resolve("s3").resolve(LocalMain.RAW_BUCKET).resolve("returns");
        Files.createDirectories(blocker.getParent());
        return Files.writeString(blocker, "not a folder");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
