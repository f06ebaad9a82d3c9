package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the authorizer decision true: the JWT authorizer guards the script routes, so no page or page
 * script may call them (a browser sends a session cookie, and the authorizer would answer 401 in AWS).
 * Reads the templates, page scripts and the api's sources other than its JSON API controllers as text;
 * no synthesis.
 */
class BrowserRoutesTest {
    private static final List<Path> BROWSER_SOURCES = List.of(
            Path.of("..", "site-templates", "src", "main", "resources"),
            Path.of("..", "functions", "api", "src", "main", "java"));

    @Test
    void noPageCallsARouteBehindTheAuthorizer() throws IOException {
        List<String> prefixes = HttpEntry.SCRIPT_ROUTES.stream()
                .map(r -> r.replace("/{proxy+}", "/"))
                .collect(Collectors.toList());
        int read = 0;
        StringBuilder offending = new StringBuilder();
        for (Path root : BROWSER_SOURCES) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " (run from the infra module)");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(BrowserRoutesTest::browserFacing).collect(Collectors.toList())) {
                    read++;
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        // a route annotation (@Post("/api/cycles/…")) declares the route; it does not call it
                        if (line.trim().startsWith("@")) {
                            continue;
                        }
                        for (String prefix : prefixes) {
                            if (line.contains("\"" + prefix) || line.contains("'" + prefix)) {
                                offending.append(file).append(": ").append(line.trim()).append('\n');
                            }
                        }
                    }
                }
            }
        }
        assertTrue(read > 10, "read only " + read + " files");
        assertEquals("", offending.toString());
    }

    /** Templates, page scripts, and the api's code except the JSON controllers (those are for scripts). */
    private static boolean browserFacing(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".ftlh") || name.endsWith(".js")
                || (name.endsWith(".java") && !name.endsWith("ApiController.java"));
    }
}
