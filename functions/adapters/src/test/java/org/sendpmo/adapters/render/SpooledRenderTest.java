package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.adapters.pack.FolderPackPublisher;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.pack.SpooledFiles;

/**
 * The renderer keeps a build's files on disk as it renders them ({@link SpooledFiles}); publishing that site
 * must write exactly what publishing the same files from the heap writes, manifest included.
 */
class SpooledRenderTest {

    @TempDir
    Path out;

    @Test
    void aSpooledSitePublishesTheSameFilesAsTheSameSiteInTheHeap() throws IOException {
        try (RenderedSite spooled = new FreemarkerPackRenderer().renderBuild(PackFixtures.model())) {
            assertInstanceOf(SpooledFiles.class, spooled.files());
            RenderedSite inHeap = new RenderedSite(new TreeMap<>(spooled.files()));
            assertTrue(inHeap.files().keySet().stream().anyMatch(p -> p.endsWith(".csv")), "tables' CSV files are in the site");

            Map<String, byte[]> fromDisk = publish(spooled, out.resolve("spooled"));
            Map<String, byte[]> fromHeap = publish(inHeap, out.resolve("heap"));

            assertEquals(List.copyOf(fromHeap.keySet()), List.copyOf(fromDisk.keySet()));
            fromHeap.forEach((path, bytes) -> assertArrayEquals(bytes, fromDisk.get(path), path));
        }
    }

    /** Every file the folder publisher wrote, by path. */
    private static Map<String, byte[]> publish(RenderedSite site, Path folder) throws IOException {
        FolderPackPublisher publisher = new FolderPackPublisher(folder);
        publisher.writeBuild("2026-11-board", "b-1", site, PublishPlan.full(BuildManifest.of("b-1", "2026-11-board",
                Instant.parse("2026-11-24T09:00:00Z"), "test", "v1", Map.of(), site)));
        Map<String, byte[]> written = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                written.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return written;
    }
}
