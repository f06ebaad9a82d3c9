package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.pack.SpooledFiles;
import org.sendpmo.pack.SpooledFolder;

/**
 * Render tests read their pages through {@link RenderedInHeap} so that they leave no {@code pack-build-*}
 * folder behind in the system's temporary folder: the renderer's folder must be gone once the copy is made.
 */
class RenderedInHeapTest {

    @Test
    void theCopyHasEveryRenderedFileAndTheRenderersFolderIsDeleted() {
        FolderWatchingRenderer renderer = new FolderWatchingRenderer();

        RenderedSite site = RenderedInHeap.of(renderer, PackFixtures.model());

        assertNotNull(renderer.folder, "the renderer kept its files in a temporary folder");
        assertFalse(Files.exists(renderer.folder), "left behind: " + renderer.folder);
        assertFalse(site.files() instanceof SpooledFiles, "the copy is in the heap");
        assertEquals(renderer.paths, new ArrayList<>(site.files().keySet()));
        assertArrayEquals(renderer.home, site.files().get("index.html"));
    }

    @Test
    void aSpooledSiteKeepsItsFolderUntilItIsClosed() {
        Path folder;
        try (RenderedSite spooled = new FreemarkerPackRenderer().renderBuild(PackFixtures.model())) {
            folder = SpooledFolder.of(spooled);
            assertTrue(Files.isDirectory(folder));
        }
        assertFalse(Files.exists(folder), "left behind: " + folder);
    }

    /** The real renderer, noting where it spooled the files and what it rendered while the folder still exists. */
    private static final class FolderWatchingRenderer extends FreemarkerPackRenderer {
        Path folder;
        List<String> paths;
        byte[] home;

        @Override
        public RenderedSite renderBuild(PackModel model) {
            RenderedSite site = super.renderBuild(model);
            folder = SpooledFolder.of(site);
            assertTrue(Files.isDirectory(folder));
            paths = new ArrayList<>(site.files().keySet());
            home = site.files().get("index.html");
            return site;
        }
    }
}
