package org.sendpmo.adapters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.RenderedSite;

class ManifestJsonTest {

    private static final BuildManifest MANIFEST = BuildManifest.of("20261124T062523376Z", "stsb-2026-11",
            Instant.parse("2026-11-24T06:25:23.376Z"), "0.1.0-SNAPSHOT", "v1",
            Map.of("returnsInForce", "a".repeat(64), "cycle", "b".repeat(64)),
            new RenderedSite(Map.of("index.html", "<h1>Pack</h1>".getBytes(StandardCharsets.UTF_8),
                    "projects/P01 \"x\".html", new byte[0])));

    @Test
    void writesOneInputOrFileALineInAFixedOrder() {
        String json = new String(ManifestJson.encode(MANIFEST), StandardCharsets.UTF_8);
        assertEquals("""
                {
                  "schema": "pack-manifest/1",
                  "buildId": "20261124T062523376Z",
                  "cycleId": "stsb-2026-11",
                  "builtAt": "2026-11-24T06:25:23.376Z",
                  "productVersion": "0.1.0-SNAPSHOT",
                  "methodologyVersion": "v1",
                  "inputs": {
                    "cycle": "%s",
                    "returnsInForce": "%s"
                  },
                  "files": {
                    "index.html": {"sha256": "%s", "size": 13},
                    "projects/P01 \\"x\\".html": {"sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "size": 0}
                  }
                }
                """.formatted("b".repeat(64), "a".repeat(64), MANIFEST.files().get("index.html").sha256()), json);
    }

    @Test
    void readsBackWhatItWrote() {
        assertEquals(MANIFEST, ManifestJson.decode(ManifestJson.encode(MANIFEST)));
    }

    @Test
    void refusesWhatIsNotAManifest() {
        for (String bad : new String[] {"", "[]", "{\"schema\":\"other/1\"}", "{\"schema\":\"pack-manifest/1\"}", "{not json"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ManifestJson.decode(bad.getBytes(StandardCharsets.UTF_8)), bad);
            assertTrue(e.getMessage().contains("manifest"), e.getMessage());
        }
    }

    @Test
    void theProductVersionIsTheMavenProjectVersion() {
        String version = ProductVersion.current();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    }

    @Test
    void thePointerIsReadBack() {
        assertEquals("b-0001", SiteLayout.pointedBuild(SiteLayout.currentPointer("2026-05-board", "b-0001")).orElseThrow());
        assertTrue(SiteLayout.pointedBuild("{\"cycle\":\"c\",\"build\":\"../x\"}".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(SiteLayout.pointedBuild("nonsense".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
