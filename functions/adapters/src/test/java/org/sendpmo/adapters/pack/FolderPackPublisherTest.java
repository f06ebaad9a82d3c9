package org.sendpmo.adapters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;

class FolderPackPublisherTest {

    @TempDir
    Path out;

    @Test
    void writesTheSameLayoutAsTheBucket() throws IOException {
        FolderPackPublisher publisher = new FolderPackPublisher(out);
        RenderedSite site = new RenderedSite(Map.of(
                "index.html", utf8("<h1>Pack</h1>"),
                "projects/P01.html", utf8("<h1>P01</h1>"),
                "assets/styles.css", utf8("body{}")));
        publisher.writeBuild("2026-05-board", "b-0001", site, plan("2026-05-board", "b-0001", site));
        publisher.makeCurrent("2026-05-board", "b-0001", utf8("redirect"), utf8("cycles"));

        try (Stream<Path> files = Files.walk(out)) {
            List<String> paths = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertEquals(List.of(
                    "cycles/2026-05-board/b-0001/assets/styles.css",
                    "cycles/2026-05-board/b-0001/index.html",
                    "cycles/2026-05-board/b-0001/manifest.json",
                    "cycles/2026-05-board/b-0001/projects/P01.html",
                    "cycles/2026-05-board/current.json",
                    "cycles/2026-05-board/index.html",
                    "index.html"), paths);
        }
        assertEquals("{\"cycle\":\"2026-05-board\",\"build\":\"b-0001\"}\n",
                Files.readString(out.resolve("cycles/2026-05-board/current.json")));
        assertEquals("<h1>P01</h1>", Files.readString(out.resolve("cycles/2026-05-board/b-0001/projects/P01.html")));
        assertEquals("cycles", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aRebuildCopiesUnchangedFilesFromTheCurrentBuildAndWritesTheRest() throws IOException {
        FolderPackPublisher publisher = new FolderPackPublisher(out);
        RenderedSite first = new RenderedSite(Map.of("index.html", utf8("<h1>Pack</h1>"), "assets/styles.css", utf8("body{}")));
        publisher.writeBuild("2026-05-board", "b-0001", first, plan("2026-05-board", "b-0001", first));
        publisher.makeCurrent("2026-05-board", "b-0001", utf8("redirect"), utf8("cycles"));
        RenderedSite second = new RenderedSite(Map.of("index.html", utf8("<h1>Pack 2</h1>"), "assets/styles.css", utf8("body{}")));
        PublishPlan plan = PublishPlan.against(publisher.currentManifest("2026-05-board"),
                plan("2026-05-board", "b-0002", second).manifest());

        PublishReport report = publisher.writeBuild("2026-05-board", "b-0002", second, plan);

        assertEquals(1, report.filesCopied());
        assertEquals(6, report.bytesCopied());
        assertEquals(2, report.filesUploaded()); // index.html and the manifest
        assertEquals("body{}", Files.readString(out.resolve("cycles/2026-05-board/b-0002/assets/styles.css")));
        assertEquals("<h1>Pack 2</h1>", Files.readString(out.resolve("cycles/2026-05-board/b-0002/index.html")));
        assertEquals(plan.manifest(), ManifestJson.decode(Files.readAllBytes(out.resolve("cycles/2026-05-board/b-0002/manifest.json"))));
    }

    @Test
    void refusesPathsOutsideTheFolder() {
        FolderPackPublisher publisher = new FolderPackPublisher(out);
        for (String bad : List.of("../x.html", "/etc/x", "a/../../x", "a//b", "a\\b")) {
            assertThrows(IllegalArgumentException.class,
                    () -> {
                        RenderedSite site = new RenderedSite(Map.of(bad, utf8("x")));
                        publisher.writeBuild("c", "b", site, plan("c", "b", site));
                    }, bad);
        }
    }

    @Test
    void contentTypesByExtension() {
        assertEquals("text/html; charset=utf-8", SiteLayout.contentType("a/b.HTML"));
        assertEquals("font/woff2", SiteLayout.contentType("f.woff2"));
        assertEquals("application/octet-stream", SiteLayout.contentType("README"));
        assertEquals("application/octet-stream", SiteLayout.contentType("dir.d/file"));
    }

    static PublishPlan plan(String cycleId, String buildId, RenderedSite site) {
        return PublishPlan.full(BuildManifest.of(buildId, cycleId, Instant.parse("2026-05-01T09:00:00Z"), "test", "v1",
                Map.of(), site));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
