package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishPlanTest {

    private static BuildManifest manifest(String cycleId, String buildId, Map<String, String> files) {
        Map<String, byte[]> bytes = new java.util.TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return BuildManifest.of(buildId, cycleId, Instant.parse("2026-04-03T09:00:00Z"), "test", "v1", Map.of(),
                new RenderedSite(bytes));
    }

    @Test
    void copiesWhatTheCurrentBuildHoldsAndUploadsTheRest() {
        BuildManifest current = manifest("c", "b1", Map.of("index.html", "home 1", "a.html", "same", "b.html", "old"));
        BuildManifest next = manifest("c", "b2", Map.of("index.html", "home 2", "a.html", "same", "b.html", "new",
                "moved.html", "old", "added.html", "added"));

        PublishPlan plan = PublishPlan.against(Optional.of(current), next);

        assertEquals(Map.of("a.html", new PublishPlan.Source("b1", "a.html"), "moved.html", new PublishPlan.Source("b1", "b.html")),
                plan.copies());
        assertEquals(List.of("added.html", "b.html", "index.html"), next.files().keySet().stream()
                .filter(p -> !plan.copies().containsKey(p)).toList());
    }

    @Test
    void uploadsEverythingWithoutACurrentBuildOfTheSameCycle() {
        BuildManifest next = manifest("c", "b2", Map.of("a.html", "same"));
        assertEquals(Map.of(), PublishPlan.against(Optional.empty(), next).copies());
        assertEquals(Map.of(), PublishPlan.against(Optional.of(manifest("other", "b1", Map.of("a.html", "same"))), next).copies());
    }

    @Test
    void aPlanIsForTheSiteItWasMadeFor() {
        BuildManifest next = manifest("c", "b2", Map.of("a.html", "same"));
        PublishPlan plan = PublishPlan.full(next);
        assertThrows(IllegalArgumentException.class, () -> plan.requireDescribes(new RenderedSite(Map.of("b.html", new byte[0]))));
        assertThrows(IllegalArgumentException.class, () -> manifest("c", "b", Map.of(BuildManifest.PATH, "{}")));
    }

    @Test
    void theReportSaysWhatItCost() {
        assertEquals("uploaded 3 files (12.5 KB), copied 50 unchanged (1500.0 KB)",
                new PublishReport(3, 12_800, 50, 1_536_000).summary());
    }
}
